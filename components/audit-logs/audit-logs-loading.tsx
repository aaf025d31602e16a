'use client';
import { DirectoryGridSkeleton } from '@/components/directory/directory-grid-skeleton';
import { AuditLogsBlade } from './audit-logs-blade';
import { AuditLogsCommands } from './audit-logs-commands';

/** The route's loading.tsx: the blade frame at once, a grid skeleton until the list takes over. */
export function AuditLogsLoading() {
  return (
    <AuditLogsBlade commandBar={<AuditLogsCommands isRefreshing />}>
      <DirectoryGridSkeleton label="Loading audit logs" />
    </AuditLogsBlade>
  );
}
