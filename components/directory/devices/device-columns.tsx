'use client';
import { createTableColumn, TableCellLayout, type TableColumnDefinition } from '@fluentui/react-components';
import { RouterLink } from '@/components/router-link';
import type { GraphManagedDevice } from '@/lib/graph/to-graph-managed-device';
import { devicePath } from '../directory-paths';
import { formatDateTime } from '../format-date-time';

export const DEVICE_COLUMNS: TableColumnDefinition<GraphManagedDevice>[] = [
  createTableColumn<GraphManagedDevice>({
    columnId: 'deviceName',
    renderHeaderCell: () => 'Device name',
    renderCell: (device) => (
      <TableCellLayout truncate>
        <RouterLink href={devicePath(device.id)}>{device.deviceName}</RouterLink>
      </TableCellLayout>
    ),
  }),
  createTableColumn<GraphManagedDevice>({
    columnId: 'userPrincipalName',
    renderHeaderCell: () => 'Primary user UPN',
    renderCell: (device) => <TableCellLayout truncate>{device.userPrincipalName || 'None'}</TableCellLayout>,
  }),
  createTableColumn<GraphManagedDevice>({
    columnId: 'operatingSystem',
    renderHeaderCell: () => 'OS',
    renderCell: (device) => device.operatingSystem,
  }),
  createTableColumn<GraphManagedDevice>({
    columnId: 'osVersion',
    renderHeaderCell: () => 'OS version',
    renderCell: (device) => device.osVersion,
  }),
  createTableColumn<GraphManagedDevice>({
    columnId: 'lastSyncDateTime',
    renderHeaderCell: () => 'Last check-in',
    renderCell: (device) => formatDateTime(device.lastSyncDateTime),
  }),
];
