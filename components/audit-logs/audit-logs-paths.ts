// The Graph request of the Audit logs blade (a path relative to the Graph client's base URL).
import { PAGE_SIZE } from '@/components/directory/graph-list-path';

const GRAPH_AUDIT_EVENTS = '/beta/deviceManagement/auditEvents';

/**
 * `/beta/deviceManagement/auditEvents?$top=20&$skip=0&$count=true&$filter=activityType eq '…'`, values
 * percent-encoded: the Graph SDK copies query values into the URL as they are.
 */
export function auditEventsPath({ activityType, page }: { activityType: string | undefined; page: number }): string {
  const options: [string, string][] = [
    ['$top', String(PAGE_SIZE)],
    ['$skip', String((page - 1) * PAGE_SIZE)],
    ['$count', 'true'],
  ];
  // OData string literals double an embedded quote.
  if (activityType) options.push(['$filter', `activityType eq '${activityType.replaceAll("'", "''")}'`]);
  return `${GRAPH_AUDIT_EVENTS}?${options.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}
