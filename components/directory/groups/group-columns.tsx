'use client';
import { createTableColumn, TableCellLayout, type TableColumnDefinition } from '@fluentui/react-components';
import { RouterLink } from '@/components/router-link';
import type { GraphGroup } from '@/lib/graph/to-graph-group';
import { groupPath } from '../directory-paths';

export const GROUP_COLUMNS: TableColumnDefinition<GraphGroup>[] = [
  createTableColumn<GraphGroup>({
    columnId: 'displayName',
    renderHeaderCell: () => 'Name',
    renderCell: (group) => (
      <TableCellLayout truncate>
        <RouterLink href={groupPath(group.id)}>{group.displayName}</RouterLink>
      </TableCellLayout>
    ),
  }),
  createTableColumn<GraphGroup>({
    columnId: 'description',
    renderHeaderCell: () => 'Description',
    renderCell: (group) => <TableCellLayout truncate>{group.description || '—'}</TableCellLayout>,
  }),
  createTableColumn<GraphGroup>({
    columnId: 'members',
    renderHeaderCell: () => 'Members',
    // The list asks for $expand=members($select=id): direct members, as Entra counts them.
    renderCell: (group) => group.members?.length ?? '—',
  }),
];
