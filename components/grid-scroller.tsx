'use client';
import type * as React from 'react';
import { makeStyles } from '@fluentui/react-components';

const useGridScrollerStyles = makeStyles({
  // A grid keeps its columns readable (its own minWidth) and scrolls sideways inside the blade, never the page.
  root: { overflowX: 'auto', maxWidth: '100%' },
});

/** The frame every grid sits in, so a narrow window scrolls the grid rather than the blade. */
export function GridScroller({ children }: { children: React.ReactNode }) {
  const styles = useGridScrollerStyles();
  return <div className={styles.root}>{children}</div>;
}
