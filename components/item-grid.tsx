'use client';
import * as React from 'react';
import { useRouter } from 'next/navigation';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type SortDirection,
  type TableColumnDefinition,
  type TableColumnId,
} from '@fluentui/react-components';
import { GridScroller } from '@/components/grid-scroller';

interface ItemGridProps<T> {
  items: readonly T[];
  columns: TableColumnDefinition<T>[];
  getRowId: (item: T) => string;
  ariaLabel: string;
  className: string;
  /** Makes the columns sortable, starting from this order. */
  defaultSort?: { sortColumn: TableColumnId; sortDirection: SortDirection };
  /** A click anywhere on a row opens this page, as in the admin center; links in the row handle their own clicks first. */
  hrefOfRow?: (item: T) => string;
  /** Names a row by one value, where its cells alone would make rows ambiguous. */
  rowLabel?: (item: T) => string;
  /** Gives each row the test id `${testIdPrefix}${rowId}`. */
  testIdPrefix?: string;
  id?: string;
}

/** A grid of items in the admin center's look, keyboard focus per cell. */
export function ItemGrid<T>({ items, columns, getRowId, ariaLabel, className, defaultSort, hrefOfRow, rowLabel, testIdPrefix, id }: ItemGridProps<T>) {
  const router = useRouter();
  const openRow = (href: string) => (event: React.MouseEvent) => {
    if (!event.defaultPrevented) router.push(href);
  };

  return (
    <GridScroller>
      <DataGrid
        id={id}
        items={[...items]}
        columns={columns}
        getRowId={getRowId}
        sortable={defaultSort !== undefined}
        defaultSortState={defaultSort}
        focusMode="composite"
        aria-label={ariaLabel}
        className={className}
      >
        <DataGridHeader>
          <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
        </DataGridHeader>
        <DataGridBody<T>>
          {({ item, rowId }) => (
            <DataGridRow<T>
              key={rowId}
              onClick={hrefOfRow && openRow(hrefOfRow(item))}
              aria-label={rowLabel?.(item)}
              data-testid={testIdPrefix && `${testIdPrefix}${rowId}`}
            >
              {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </GridScroller>
  );
}
