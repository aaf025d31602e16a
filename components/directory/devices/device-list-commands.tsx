'use client';
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';
import { SyncAllDevicesButton } from './sync-all-devices-button';

/** Devices enroll themselves (SCEP clients, the simulator): the list has nothing to create; Sync all makes them check in. */
export function DeviceListCommands({ isRefreshing, onRefresh }: { isRefreshing: boolean; onRefresh?: () => void }) {
  return (
    <CommandBar>
      <SyncAllDevicesButton reload={onRefresh} />
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing || !onRefresh} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
    </CommandBar>
  );
}
