'use client';
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, ArrowDownload20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';

interface AuditLogsCommandsProps {
  isRefreshing: boolean;
  onRefresh?: () => void;
  /** Absent while there is nothing to export (loading, no events, no permission). */
  onExport?: () => void;
  isExporting?: boolean;
}

/** Audit events are written by the services, never here: Refresh, and Export CSV of what the filters match. */
export function AuditLogsCommands({ isRefreshing, onRefresh, onExport, isExporting = false }: AuditLogsCommandsProps) {
  return (
    <CommandBar>
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing || !onRefresh} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
      <ToolbarButton icon={<ArrowDownload20Regular />} disabled={isExporting || !onExport} onClick={onExport}>
        Export CSV
      </ToolbarButton>
    </CommandBar>
  );
}
