'use client';
import type * as React from 'react';
import { TableCellLayout, Tooltip } from '@fluentui/react-components';

interface TruncatedCellProps {
  /** The whole text, shown on hover and focus when the cell cuts it off. */
  text: string;
  /** What the cell shows, when it is more than the text (a link to the item). */
  children?: React.ReactNode;
}

/** A grid cell that ends in "…" when its column is narrow, with the whole text in a tooltip. */
export function TruncatedCell({ text, children }: TruncatedCellProps) {
  return (
    // The cell's own text already names it to assistive technology: the tooltip only repeats it for the eye.
    <Tooltip content={text} relationship="inaccessible" showDelay={500}>
      <TableCellLayout truncate>{children ?? text}</TableCellLayout>
    </Tooltip>
  );
}
