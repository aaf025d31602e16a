'use client';
import * as React from 'react';
import { ArrowSync20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { GuardedToolbarButton } from '@/components/certification-authorities/detail/guarded-toolbar-button';
import { toGraphFailure } from '@/components/graph/graph-error';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { GRAPH_SYNC_ALL_DEVICES } from './device-sync-paths';
import { usePollAfterSync } from './use-poll-after-sync';

/** "Sync all" on the device list: every device checks in; the list reloads while their check-ins come in. */
export function SyncAllDevicesButton({ reload }: { reload?: () => void }) {
  const client = useGraphClient();
  const notify = useNotify();
  const { hasPermission } = useAuth();
  const noReload = React.useCallback(() => undefined, []);
  // No single time to wait for: reload for the whole polling window.
  const { startPolling, isPolling } = usePollAfterSync(reload ?? noReload, false);

  const syncAll = async () => {
    try {
      const { value } = (await client.api(GRAPH_SYNC_ALL_DEVICES).post({})) as { value: number };
      notify(`Sync requested for ${value} ${value === 1 ? 'device' : 'devices'}`);
      startPolling();
    } catch (error) {
      notify(`Sync failed: ${toGraphFailure(error).message}`, 'error');
    }
  };

  const blockedReason = !hasPermission('managedDevices.sync')
    ? `Syncing devices requires the '${PERMISSIONS['managedDevices.sync']}' permission`
    : !reload
      ? 'Loading devices'
      : isPolling
        ? 'The devices are checking in'
        : undefined;
  return (
    <GuardedToolbarButton icon={<ArrowSync20Regular />} blockedReason={blockedReason} onClick={() => void syncAll()}>
      Sync all
    </GuardedToolbarButton>
  );
}
