'use client';
import { createTableColumn, TableCellLayout, type TableColumnDefinition } from '@fluentui/react-components';
import type { GraphUser } from '@/lib/graph/to-graph-user';

export const USER_COLUMNS: TableColumnDefinition<GraphUser>[] = [
  createTableColumn<GraphUser>({
    columnId: 'displayName',
    renderHeaderCell: () => 'Display name',
    renderCell: (user) => <TableCellLayout truncate>{user.displayName}</TableCellLayout>,
  }),
  createTableColumn<GraphUser>({
    columnId: 'userPrincipalName',
    renderHeaderCell: () => 'User principal name',
    renderCell: (user) => <TableCellLayout truncate>{user.userPrincipalName}</TableCellLayout>,
  }),
  createTableColumn<GraphUser>({
    columnId: 'mail',
    renderHeaderCell: () => 'Mail',
    renderCell: (user) => <TableCellLayout truncate>{user.mail ?? '—'}</TableCellLayout>,
  }),
  createTableColumn<GraphUser>({
    columnId: 'accountEnabled',
    renderHeaderCell: () => 'Account enabled',
    renderCell: (user) => (user.accountEnabled ? 'Yes' : 'No'),
  }),
];
