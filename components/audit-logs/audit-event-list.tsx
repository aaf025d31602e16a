'use client';
import * as React from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { DirectoryGrid } from '@/components/directory/directory-grid';
import { DirectoryGridSkeleton } from '@/components/directory/directory-grid-skeleton';
import { PAGE_SIZE } from '@/components/directory/graph-list-path';
import { Pagination } from '@/components/pagination';
import { AuditActivityFilter } from './audit-activity-filter';
import { auditEventColumns } from './audit-event-columns';
import { AuditEventDetailsDialog } from './audit-event-details-dialog';
import type { GraphAuditEvent } from './audit-event-format';
import { AuditLogsBlade } from './audit-logs-blade';
import { AuditLogsCommands } from './audit-logs-commands';
import { useAuditLogsStyles } from './audit-logs.styles';
import { useAuditEventList } from './use-audit-event-list';

/** The audit events, filtered by activity and paged on the server; a row or its Details button opens the summary. */
export function AuditEventList() {
  const styles = useAuditLogsStyles();
  const list = useAuditEventList();
  const [openEvent, setOpenEvent] = React.useState<GraphAuditEvent>();
  const columns = React.useMemo(() => auditEventColumns(setOpenEvent), []);
  return (
    <AuditLogsBlade commandBar={<AuditLogsCommands isRefreshing={list.isLoading} onRefresh={list.reload} />}>
      <AuditActivityFilter activity={list.activity} onActivityChange={list.setActivity} />
      {list.failure && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t load the audit logs</MessageBarTitle>
            {list.failure.message}
          </MessageBarBody>
        </MessageBar>
      )}
      {list.items === undefined ? (
        list.isLoading && <DirectoryGridSkeleton label="Loading audit logs" />
      ) : list.totalCount === 0 ? (
        <Text className={styles.muted}>{list.activity ? `No “${list.activity}” events yet.` : 'There are no audit events yet.'}</Text>
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
