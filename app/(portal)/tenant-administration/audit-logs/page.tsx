import { AuditLogs } from '@/components/audit-logs/audit-logs';

export default function AuditLogsPage() {
  return <AuditLogs />;
}
