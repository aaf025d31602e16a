'use client';
import * as React from 'react';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type TableColumnDefinition,
  type TableRowId,
} from '@fluentui/react-components';
import { GridScroller } from '@/components/grid-scroller';
import { useDirectoryListStyles } from './directory-list.styles';

interface DirectoryGridProps<T> {
  items: readonly T[];
  columns: TableColumnDefinition<T>[];
  getRowId: (item: T) => string;
  ariaLabel: string;
  /** A click anywhere on a row, as in the admin center; links in the row handle their own clicks first. */
  onRowClick?: (item: T) => void;
  /** Multi-select with checkboxes, for commands that act on the selected rows. */
  selection?: { selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void };
}

/** The grid of a directory list: rows in the server's order (it pages and searches), keyboard focus per cell. */
export function DirectoryGrid<T>({ items, columns, getRowId, ariaLabel, onRowClick, selection }: DirectoryGridProps<T>) {
  const styles = useDirectoryListStyles();
  const openRow = (item: T) => (event: React.MouseEvent) => {
    if (onRowClick && !event.defaultPrevented) onRowClick(item);
  };
  return (
    <GridScroller>
      <DataGrid
        items={[...items]}
        columns={columns}
        getRowId={getRowId}
        focusMode="composite"
        aria-label={ariaLabel}
        className={styles.grid}
        {...(selection && {
          selectionMode: 'multiselect' as const,
          selectedItems: selection.selected,
          onSelectionChange: (_: unknown, data: { selectedItems: Set<TableRowId> }) =>
            selection.onChange(new Set([...data.selectedItems].map(String))),
        })}
      >
        <DataGridHeader>
          <DataGridRow selectionCell={selection ? { checkboxIndicator: { 'aria-label': 'Select all rows' } } : undefined}>
            {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<T>>
          {({ item, rowId }) => (
            <DataGridRow<T>
              key={rowId}
              onClick={onRowClick && openRow(item)}
              className={onRowClick && styles.clickableRow}
              selectionCell={selection ? { checkboxIndicator: { 'aria-label': 'Select row' } } : undefined}
            >
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </GridScroller>
  );
}
