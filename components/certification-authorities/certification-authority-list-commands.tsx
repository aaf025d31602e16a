'use client';
import { useRouter } from 'next/navigation';
import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';
import { CREATE_CERTIFICATION_AUTHORITY_PATH } from './certification-authority-paths';

interface CertificationAuthorityListCommandsProps {
  /** Why Create is unavailable, shown as its tooltip; undefined when it is available. */
  createBlockedReason: string | undefined;
  isRefreshing: boolean;
  onRefresh: () => void;
}

export function CertificationAuthorityListCommands({ createBlockedReason, isRefreshing, onRefresh }: CertificationAuthorityListCommandsProps) {
  const router = useRouter();
  const create = (
    <ToolbarButton
      icon={<Add20Regular />}
      // disabledFocusable keeps the button reachable so keyboard users get the tooltip that says why.
      disabledFocusable={createBlockedReason !== undefined}
      onClick={() => router.push(CREATE_CERTIFICATION_AUTHORITY_PATH)}
    >
      Create
    </ToolbarButton>
  );
  return (
    <CommandBar>
      {createBlockedReason ? (
        <Tooltip content={createBlockedReason} relationship="description">
          {create}
        </Tooltip>
      ) : (
        create
      )}
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
    </CommandBar>
  );
}
