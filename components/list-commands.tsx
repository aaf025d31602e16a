'use client';
import * as React from 'react';
import { ToolbarButton, Tooltip } from '@fluentui/react-components';
import { ArrowClockwise20Regular } from '@fluentui/react-icons';
import { CommandBar } from '@/components/shell/command-bar';

interface ListCommandsProps {
  createLabel: string;
  createIcon: React.ReactElement;
  /** Why creating is unavailable (a missing permission), shown as the tooltip; undefined when it is available. */
  createBlockedReason?: string;
  onCreate?: () => void;
  isRefreshing: boolean;
  onRefresh?: () => void;
}

/** Create ("+ New …") and Refresh above a list; both stay visible but disabled in the loading skeleton. */
export function ListCommands({ createLabel, createIcon, createBlockedReason, onCreate, isRefreshing, onRefresh }: ListCommandsProps) {
  const create = (
    // disabledFocusable keeps the button reachable so keyboard users get the tooltip that says why.
    <ToolbarButton icon={createIcon} disabledFocusable={createBlockedReason !== undefined || !onCreate} onClick={onCreate}>
      {createLabel}
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
      <ToolbarButton icon={<ArrowClockwise20Regular />} disabled={isRefreshing || !onRefresh} onClick={onRefresh}>
        Refresh
      </ToolbarButton>
    </CommandBar>
  );
}
