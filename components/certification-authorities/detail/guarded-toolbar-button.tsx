'use client';
import * as React from 'react';
import { ToolbarButton, Tooltip } from '@fluentui/react-components';

interface GuardedToolbarButtonProps {
  icon: React.ReactElement;
  /** Why the command is unavailable (a missing permission, the CA's state), shown as its tooltip; undefined when it is available. */
  blockedReason?: string;
  onClick: () => void;
  children: React.ReactNode;
}

/** A command that stays visible when it can't run and says why, as the admin center's context commands do. */
export function GuardedToolbarButton({ icon, blockedReason, onClick, children }: GuardedToolbarButtonProps) {
  // disabledFocusable keeps the button reachable, so keyboard users get the tooltip too.
  const button = (
    <ToolbarButton icon={icon} disabledFocusable={blockedReason !== undefined} onClick={onClick}>
      {children}
    </ToolbarButton>
  );
  if (!blockedReason) return button;
  return (
    <Tooltip content={blockedReason} relationship="description">
      {button}
    </Tooltip>
  );
}
