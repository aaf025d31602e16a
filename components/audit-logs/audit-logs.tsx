'use client';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useAuth } from '@/components/auth/use-auth';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { AuditEventList } from './audit-event-list';
import { AuditLogsBlade } from './audit-logs-blade';
import { AuditLogsCommands } from './audit-logs-commands';

/** Tenant administration | Audit logs: the list for those who may read audit data, the reason for everyone else. */
export function AuditLogs() {
  const { hasPermission } = useAuth();
  if (hasPermission('auditData.read')) return <AuditEventList />;
  return (
    <AuditLogsBlade commandBar={<AuditLogsCommands isRefreshing={false} />}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>You can’t view audit logs</MessageBarTitle>
          Audit logs require the ‘{PERMISSIONS['auditData.read']}’ permission, which the CloudPKI.Admin, CloudPKI.Operator and CloudPKI.Reader roles grant. Ask
          an administrator to assign you one of them.
        </MessageBarBody>
      </MessageBar>
    </AuditLogsBlade>
  );
}
