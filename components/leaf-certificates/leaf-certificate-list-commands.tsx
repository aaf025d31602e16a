'use client';
import { ToolbarButton } from '@fluentui/react-components';
import { ArrowClockwise20Regular, Prohibited20Regular } from '@fluentui/react-icons';
import { GuardedToolbarButton } from '@/components/certification-authorities/detail/guarded-toolbar-button';
import { CommandBar } from '@/components/shell/command-bar';

interface LeafCertificateListCommandsProps {
  /** Why Revoke is unavailable (permission, nothing revocable selected); undefined when it is available. */
  revokeBlockedReason?: string;
  onRevoke?: () => void;
  isRefreshing: boolean;
  onRefresh?: () => void;
}

/** Revoke (the selected rows, in one request) and Refresh; both show disabled in the loading skeleton. */
export function LeafCertificateListCommands({ revokeBlockedReason, onRevoke, isRefreshing, onRefresh }: LeafCertificateListCommandsProps) {
  return (
    <CommandBar>
      {onRevoke ? (
        <GuardedToolbarButton icon={<Prohibited20Regular />} blockedReason={revokeBlockedReason} onClick={onRevoke}>
          Revoke
        </GuardedToolbarButton>
      ) : (
        <ToolbarButton icon={<Prohibited20Regular />} disabled>
          Revoke
        </ToolbarButton>
      )}
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing || !onRefresh} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
    </CommandBar>
  );
}
