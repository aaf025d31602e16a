'use client';
import { Badge, createTableColumn, type TableColumnDefinition } from '@fluentui/react-components';
import { TruncatedCell } from '@/components/truncated-cell';
import { formatDateTime } from '@/components/certification-authorities/certification-authority-format';
import { cloudPkiAnnotation } from '@/lib/graph/cloud-pki-annotations';
import { deviceStatusOf, type GraphDeviceStatus } from './device-status-format';

type Row = GraphDeviceStatus;

const byText = (text: (row: Row) => string) => (a: Row, b: Row) => text(a).localeCompare(text(b));

export const DEVICE_STATUS_COLUMNS: TableColumnDefinition<Row>[] = [
  createTableColumn<Row>({
    columnId: 'device',
    compare: byText((row) => row.deviceDisplayName),
    renderHeaderCell: () => 'Device',
    renderCell: (row) => <TruncatedCell text={row.deviceDisplayName} />,
  }),
  createTableColumn<Row>({
    columnId: 'user',
    compare: byText((row) => row.userPrincipalName ?? ''),
    renderHeaderCell: () => 'User',
    renderCell: (row) => <TruncatedCell text={row.userPrincipalName || '—'} />,
  }),
  createTableColumn<Row>({
    columnId: 'status',
    compare: byText((row) => deviceStatusOf(row.status).label),
    renderHeaderCell: () => 'Status',
    renderCell: (row) => {
      const status = deviceStatusOf(row.status);
      return (
        <Badge appearance="tint" color={status.color} data-status={row.status}>
          {status.label}
        </Badge>
      );
    },
  }),
  createTableColumn<Row>({
    columnId: 'lastCheckIn',
    compare: byText((row) => row.lastReportedDateTime ?? ''),
    renderHeaderCell: () => 'Last check-in',
    renderCell: (row) => (row.lastReportedDateTime ? formatDateTime(row.lastReportedDateTime) : '—'),
  }),
  createTableColumn<Row>({
    columnId: 'details',
    compare: byText((row) => cloudPkiAnnotation(row, 'errorDescription') ?? ''),
    renderHeaderCell: () => 'Details',
    renderCell: (row) => <TruncatedCell text={cloudPkiAnnotation(row, 'errorDescription') || '—'} />,
  }),
];
