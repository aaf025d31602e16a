import { AuditLogsLoading } from '@/components/audit-logs/audit-logs-loading';

export default function AuditLogsRouteLoading() {
  return <AuditLogsLoading />;
}
