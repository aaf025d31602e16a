'use client';
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { DirectoryGrid } from '@/components/directory/directory-grid';
import { DirectoryGridSkeleton } from '@/components/directory/directory-grid-skeleton';
import { PAGE_SIZE } from '@/components/directory/graph-list-path';
import { Pagination } from '@/components/pagination';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';
import { auditEventColumns } from './audit-event-columns';
import { AuditEventDetailsDialog } from './audit-event-details-dialog';
import { AuditLogFilters } from './audit-log-filters';
import type { GraphAuditEvent } from './audit-event-format';
import { AuditLogsBlade } from './audit-logs-blade';
import { AuditLogsCommands } from './audit-logs-commands';
import { useAuditLogsStyles } from './audit-logs.styles';
import { exportAuditEventsCsv } from './export-audit-events-csv';
import { useAuditEventList } from './use-audit-event-list';

/** The audit events, filtered and paged on the server; a row or its Details button opens the summary. */
export function AuditEventList() {
  const styles = useAuditLogsStyles();
  const client = useGraphClient();
  const list = useAuditEventList();
  const [openEvent, setOpenEvent] = React.useState<GraphAuditEvent>();
  const [isExporting, setIsExporting] = React.useState(false);
  const [exportFailure, setExportFailure] = React.useState<GraphFailure>();
  const columns = React.useMemo(() => auditEventColumns(setOpenEvent), []);
  const exportCsv = () => {
    setIsExporting(true);
    setExportFailure(undefined);
    exportAuditEventsCsv(client, list.filters)
      .catch((error: unknown) => setExportFailure(toGraphFailure(error)))
      .finally(() => setIsExporting(false));
  };
  const canExport = !list.isLoading && list.totalCount > 0;
  return (
    <AuditLogsBlade
      commandBar={<AuditLogsCommands isRefreshing={list.isLoading} onRefresh={list.reload} onExport={canExport ? exportCsv : undefined} isExporting={isExporting} />}
    >
      <AuditLogFilters filters={list.filters} onChange={list.setFilters} />
      {[
        { title: 'Couldn’t load the audit logs', failure: list.failure },
        { title: 'Couldn’t export the audit logs', failure: exportFailure },
      ].map(
        ({ title, failure }) =>
          failure && (
            <MessageBar key={title} intent="error">
              <MessageBarBody>
                <MessageBarTitle>{title}</MessageBarTitle>
                {failure.message}
              </MessageBarBody>
            </MessageBar>
          ),
      )}
      {list.items === undefined ? (
        list.isLoading && <DirectoryGridSkeleton label="Loading audit logs" />
      ) : list.totalCount === 0 ? (
        <Text className={styles.muted}>{list.isFiltered ? 'No audit events match these filters.' : 'There are no audit events yet.'}</Text>
      ) : (
        <>
          {list.items.length > 0 ? (
            <DirectoryGrid items={list.items} columns={columns} getRowId={(event) => event.id} ariaLabel="Audit logs" onRowClick={setOpenEvent} />
          ) : (
            // A bookmarked page past the end.
            <Text className={styles.muted}>This page is empty.</Text>
          )}
          <Pagination page={list.page} pageCount={list.pageCount} pageSize={PAGE_SIZE} totalCount={list.totalCount} onPageChange={list.setPage} />
        </>
      )}
      <AuditEventDetailsDialog event={openEvent} onClose={() => setOpenEvent(undefined)} />
    </AuditLogsBlade>
  );
}
