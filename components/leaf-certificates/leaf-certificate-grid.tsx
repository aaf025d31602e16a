'use client';
import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import { GridScroller } from '@/components/grid-scroller';
import type { GraphLeafCertificate } from './graph-leaf-certificate';
import { type LeafSort, SORTABLE_FIELDS, type SortField } from './leaf-certificate-list-query';
import { useLeafCertificateListStyles } from './leaf-certificate-list.styles';

type Leaf = GraphLeafCertificate;

interface LeafCertificateGridProps {
  items: readonly Leaf[];
  columns: TableColumnDefinition<Leaf>[];
  sort: LeafSort;
  onSortChange: (sort: LeafSort) => void;
  /** Rows select (checkboxes) for bulk Revoke only for a user who may revoke. */
  isSelectable: boolean;
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
}

type GridStyles = ReturnType<typeof useLeafCertificateListStyles>;

/** Room by content: the subject is long, the status badge and the Revoke button short. */
function cellClassName(columnId: unknown, styles: GridStyles): string | undefined {
  if (columnId === 'subjectName') return styles.wideCell;
  if (columnId === 'certificateStatus') return styles.narrowCell;
  if (columnId === 'actions') return styles.actionsCell;
  return undefined;
}

const isSortField = (columnId: unknown): columnId is SortField => (SORTABLE_FIELDS as readonly unknown[]).includes(columnId);

/** The certificates of one page: sorting is the server's (the header only asks for it), rows select for bulk Revoke. */
export function LeafCertificateGrid({ items, columns, sort, onSortChange, isSelectable, selected, onSelectionChange }: LeafCertificateGridProps) {
  const styles = useLeafCertificateListStyles();
  return (
    <GridScroller>
      <DataGrid
        items={[...items]}
        columns={columns}
        getRowId={(leaf: Leaf) => leaf.id}
        focusMode="composite"
        aria-label="Certificates"
        className={styles.grid}
        sortable
        sortState={{ sortColumn: sort.field, sortDirection: sort.direction === 'asc' ? 'ascending' : 'descending' }}
        onSortChange={(_, state) => {
          if (isSortField(state.sortColumn)) onSortChange({ field: state.sortColumn, direction: state.sortDirection === 'ascending' ? 'asc' : 'desc' });
        }}
        {...(isSelectable && {
          selectionMode: 'multiselect' as const,
          selectedItems: selected,
          onSelectionChange: (_: unknown, data: { selectedItems: Set<unknown> }) => onSelectionChange(new Set([...data.selectedItems].map(String))),
        })}
      >
        <DataGridHeader>
          <DataGridRow selectionCell={{ checkboxIndicator: { 'aria-label': 'Select all rows' } }}>
            {({ renderHeaderCell, columnId }) => (
              <DataGridHeaderCell className={cellClassName(columnId, styles)}>{renderHeaderCell()}</DataGridHeaderCell>
            )}
          </DataGridRow>
        </DataGridHeader>
        <DataGridBody<Leaf>>
          {({ item, rowId }) => (
            <DataGridRow<Leaf> key={rowId} selectionCell={{ checkboxIndicator: { 'aria-label': `Select ${item.subjectName}` } }}>
              {({ renderCell, columnId }) => (
                <DataGridCell className={cellClassName(columnId, styles)}>{renderCell(item)}</DataGridCell>
              )}
            </DataGridRow>
          )}
        </DataGridBody>
      </DataGrid>
    </GridScroller>
  );
}
