'use client';
import * as React from 'react';
import { Toolbar } from '@fluentui/react-components';

/** The row of commands under a blade title (Create, Refresh, Download …); arrow keys move between them. */
export function CommandBar({ children }: { children: React.ReactNode }) {
  return (
    <Toolbar aria-label="Commands" size="medium">
      {children}
    </Toolbar>
  );
}
