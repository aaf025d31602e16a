'use client';
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';

/** Audit events are written by the services, never here: the only command is Refresh, disabled while loading. */
export function AuditLogsCommands({ isRefreshing, onRefresh }: { isRefreshing: boolean; onRefresh?: () => void }) {
  return (
    <CommandBar>
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing || !onRefresh} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
    </CommandBar>
  );
}
