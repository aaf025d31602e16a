// Export CSV: every event the blade's filters match (not only the page on screen), read page by page through Graph,
// as one CSV file with the grid's columns plus the operation, target id and the recorded summary.
import type { Client } from '@microsoft/microsoft-graph-client';
import { saveFile } from '@/components/certification-authorities/detail/certificate-files';
import { formatCsv } from '@/lib/csv/format-csv';
import { initiatedBy, targetOf, type GraphAuditEvent } from './audit-event-format';
import { type AuditEventFilters, auditEventsPath } from './audit-logs-paths';

// Graph's largest $top.
const EXPORT_PAGE_SIZE = 999;
const HEADER = ['Date', 'Activity', 'Result', 'Category', 'Operation', 'Initiated by', 'Target', 'Target ID', 'Summary'];

const recordOf = (event: GraphAuditEvent) => [
  event.activityDateTime,
  event.activityType,
  event.activityResult,
  event.category,
  event.activityOperationType,
  initiatedBy(event),
  targetOf(event),
  event.resources[0]?.resourceId ?? '',
  event.resources.flatMap((resource) => resource.modifiedProperties.map((property) => property.newValue)).join('\n'),
];

export async function exportAuditEventsCsv(client: Client, filters: AuditEventFilters): Promise<number> {
  const events: GraphAuditEvent[] = [];
  for (let page = 1; ; page += 1) {
    const body: { value: GraphAuditEvent[]; '@odata.count'?: number } = await client.api(auditEventsPath(filters, { page, pageSize: EXPORT_PAGE_SIZE })).get();
    events.push(...body.value);
    if (body.value.length < EXPORT_PAGE_SIZE || events.length >= (body['@odata.count'] ?? 0)) break;
  }
  saveFile(formatCsv(HEADER, events.map(recordOf)), 'text/csv;charset=utf-8', 'audit-logs.csv');
  return events.length;
}
