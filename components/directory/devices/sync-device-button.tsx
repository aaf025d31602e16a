'use client';
import * as React from 'react';
import { ArrowSync20Regular } from '@fluentui/react-icons';
import { useAuth } from '@/components/auth/use-auth';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { GuardedToolbarButton } from '@/components/certification-authorities/detail/guarded-toolbar-button';
import { toGraphFailure } from '@/components/graph/graph-error';
import { useNotify } from '@/components/shell/notifications';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { graphSyncDevicePath } from './device-sync-paths';
import { usePollAfterSync } from './use-poll-after-sync';

interface SyncDeviceButtonProps {
  deviceId: string;
  /** The device's last check-in as loaded; polling stops once it changes. */
  lastSyncDateTime: string | undefined;
  reload: () => void;
}

/** The device blade's "Sync" (Intune's remote action): 204 at once, the check-in follows within seconds. */
export function SyncDeviceButton({ deviceId, lastSyncDateTime, reload }: SyncDeviceButtonProps) {
  const client = useGraphClient();
  const notify = useNotify();
  const { hasPermission } = useAuth();
  const [requestedAt, setRequestedAt] = React.useState<string>();
  const { startPolling, isPolling } = usePollAfterSync(reload, requestedAt !== undefined && lastSyncDateTime !== requestedAt);

  const sync = async () => {
    try {
      await client.api(graphSyncDevicePath(deviceId)).post({});
      notify('Sync requested');
      setRequestedAt(lastSyncDateTime ?? '');
      startPolling();
    } catch (error) {
      notify(`Sync failed: ${toGraphFailure(error).message}`, 'error');
    }
  };

  const blockedReason = !hasPermission('managedDevices.sync')
    ? `Syncing devices requires the '${PERMISSIONS['managedDevices.sync']}' permission`
    : isPolling
      ? 'The device is checking in'
      : undefined;
  return (
    <GuardedToolbarButton icon={<ArrowSync20Regular />} blockedReason={blockedReason} onClick={() => void sync()}>
      Sync
    </GuardedToolbarButton>
  );
}
