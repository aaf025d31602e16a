'use client';
import { Badge, createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { TruncatedCell } from '@/components/truncated-cell';
import { RouterLink } from '@/components/router-link';
import { cloudPkiAnnotation } from '@/lib/graph/cloud-pki-annotations';
import { deviceConfigurationPath } from '@/components/device-configurations/device-configuration-paths';
import { deviceStatusOf } from '@/components/device-configurations/detail/device-status-format';
import type { GraphDeviceConfigurationState } from '@/lib/graph/to-graph-device-configuration-state';
import { formatDateTime } from '../format-date-time';

type Row = GraphDeviceConfigurationState;

/** Profile, Status, Details: what the device reported per profile, worded as the profile's own report words it. */
export const DEVICE_CONFIGURATION_STATE_COLUMNS: TableColumnDefinition<Row>[] = [
  createTableColumn<Row>({
    columnId: 'profile',
    renderHeaderCell: () => 'Profile',
    renderCell: (row) => (
      <TruncatedCell text={row.displayName}>
        <RouterLink href={deviceConfigurationPath(row.id)}>{row.displayName}</RouterLink>
      </TruncatedCell>
    ),
  }),
  createTableColumn<Row>({
    columnId: 'status',
    renderHeaderCell: () => 'Status',
    renderCell: (row) => {
      const status = deviceStatusOf(row.state);
      return (
        <Badge appearance="tint" color={status.color} data-status={row.state}>
          {status.label}
        </Badge>
      );
    },
  }),
  createTableColumn<Row>({
    columnId: 'details',
    renderHeaderCell: () => 'Details',
    renderCell: (row) => <TruncatedCell text={cloudPkiAnnotation(row, 'errorDescription') || '—'} />,
  }),
  createTableColumn<Row>({
    columnId: 'lastReported',
    renderHeaderCell: () => 'Last check-in',
    renderCell: (row) => formatDateTime(cloudPkiAnnotation(row, 'lastReportedDateTime')),
  }),
];
