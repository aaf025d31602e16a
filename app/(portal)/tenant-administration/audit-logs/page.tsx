import { AuditEventList } from '@/components/audit-logs/audit-event-list';

export default function AuditLogsPage() {
  return <AuditEventList />;
}
