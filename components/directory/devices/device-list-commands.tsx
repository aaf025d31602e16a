'use client';
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';

/** Devices enroll themselves (SCEP clients, the simulator): the list has nothing to create, only Refresh. */
export function DeviceListCommands({ isRefreshing, onRefresh }: { isRefreshing: boolean; onRefresh?: () => void }) {
  return (
    <CommandBar>
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing || !onRefresh} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
    </CommandBar>
  );
}
