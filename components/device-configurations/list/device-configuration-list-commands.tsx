'use client';
import * as React from 'react';
import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import { Add20Regular, ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';
import { NewProfileDialog } from './new-profile-dialog';

interface DeviceConfigurationListCommandsProps {
  /** Why Create is unavailable, shown as its tooltip; undefined when it is available. */
  createBlockedReason: string | undefined;
  isRefreshing: boolean;
  onRefresh: () => void;
}

export function DeviceConfigurationListCommands({ createBlockedReason, isRefreshing, onRefresh }: DeviceConfigurationListCommandsProps) {
  const [isDialogOpen, setIsDialogOpen] = React.useState(false);
  const create = (
    <ToolbarButton
      icon={<Add20Regular />}
      // disabledFocusable keeps the button reachable so keyboard users get the tooltip that says why.
      disabledFocusable={createBlockedReason !== undefined}
      onClick={() => setIsDialogOpen(true)}
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
      <NewProfileDialog open={isDialogOpen} onOpenChange={setIsDialogOpen} />
    </CommandBar>
  );
}
