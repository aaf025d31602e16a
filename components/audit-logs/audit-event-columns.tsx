'use client';
import { Button, createTableColumn, TableCellLayout, type TableColumnDefinition } from '@fluentui/react-components';
import { formatDateTime } from '@/components/directory/format-date-time';
import { initiatedBy, targetOf, type GraphAuditEvent } from './audit-event-format';

/** Date, Activity, Result, Category, Initiated by, Target, as in the admin center; Details opens the event's summary. */
export function auditEventColumns(onOpenDetails: (event: GraphAuditEvent) => void): TableColumnDefinition<GraphAuditEvent>[] {
  return [
    createTableColumn<GraphAuditEvent>({
      columnId: 'activityDateTime',
      renderHeaderCell: () => 'Date',
      renderCell: (event) => formatDateTime(event.activityDateTime),
    }),
    createTableColumn<GraphAuditEvent>({
      columnId: 'activityType',
      renderHeaderCell: () => 'Activity',
      renderCell: (event) => <TableCellLayout truncate>{event.activityType}</TableCellLayout>,
    }),
    createTableColumn<GraphAuditEvent>({
      columnId: 'activityResult',
      renderHeaderCell: () => 'Result',
      renderCell: (event) => event.activityResult,
    }),
    createTableColumn<GraphAuditEvent>({
      columnId: 'category',
      renderHeaderCell: () => 'Category',
      renderCell: (event) => event.category,
    }),
    createTableColumn<GraphAuditEvent>({
      columnId: 'initiatedBy',
      renderHeaderCell: () => 'Initiated by',
      renderCell: (event) => <TableCellLayout truncate>{initiatedBy(event)}</TableCellLayout>,
    }),
    createTableColumn<GraphAuditEvent>({
      columnId: 'target',
      renderHeaderCell: () => 'Target',
      renderCell: (event) => <TableCellLayout truncate>{targetOf(event)}</TableCellLayout>,
    }),
    createTableColumn<GraphAuditEvent>({
      columnId: 'details',
      renderHeaderCell: () => 'Details',
      renderCell: (event) => (
        <Button
          size="small"
          appearance="subtle"
          onClick={(click) => {
            // The row opens the same details on click; one opening is enough.
            click.preventDefault();
            onOpenDetails(event);
          }}
        >
          Details
        </Button>
      ),
    }),
  ];
}
