'use client';
import * as React from 'react';
import { Toolbar } from '@fluentui/react-components';
import { useCommandBarStyles } from './command-bar.styles';

/** The row of commands under a blade title (Create, Refresh, Download …); arrow keys move between them. */
export function CommandBar({ children }: { children: React.ReactNode }) {
  const styles = useCommandBarStyles();
  return (
    <Toolbar aria-label="Commands" size="medium" className={styles.root}>
      {children}
    </Toolbar>
  );
}
