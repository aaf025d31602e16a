// The Graph requests of the Audit logs blade (paths relative to the Graph client's base URL): the blade's filters as
// one OData $filter, comparisons joined by `and`.
import { PAGE_SIZE } from '@/components/directory/graph-list-path';

const GRAPH_AUDIT_EVENTS = '/beta/deviceManagement/auditEvents';

/** What the blade filters by; dates are the calendar days (yyyy-mm-dd) of the From and To pickers, both included. */
export interface AuditEventFilters {
  activityType?: string;
  from?: string;
  to?: string;
  actor?: string;
  target?: string;
}

const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

// OData string literals double an embedded quote.
const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/** Local midnight at the start of a calendar day, `days` later, as the instant the server compares with. */
function startOfDay(day: string, days = 0): string | undefined {
  if (!CALENDAR_DAY.test(day)) return undefined;
  const start = new Date(`${day}T00:00:00`);
  if (Number.isNaN(start.getTime())) return undefined;
  start.setDate(start.getDate() + days);
  return start.toISOString();
}

export function auditEventsFilter({ activityType, from, to, actor, target }: AuditEventFilters): string | undefined {
  const since = from ? startOfDay(from) : undefined;
  // The To day is included: everything before the next day's midnight.
  const until = to ? startOfDay(to, 1) : undefined;
  const clauses = [
    activityType && `activityType eq ${literal(activityType)}`,
    since && `activityDateTime ge ${since}`,
    until && `activityDateTime lt ${until}`,
    actor?.trim() && `actor/userPrincipalName eq ${literal(actor.trim())}`,
    target?.trim() && `resources/any(r: r/displayName eq ${literal(target.trim())})`,
  ].filter(Boolean);
  return clauses.length > 0 ? clauses.join(' and ') : undefined;
}

/**
 * `/beta/deviceManagement/auditEvents?$top=20&$skip=0&$count=true&$filter=…`, values percent-encoded: the Graph SDK
 * copies query values into the URL as they are.
 */
export function auditEventsPath(filters: AuditEventFilters, { page, pageSize = PAGE_SIZE }: { page: number; pageSize?: number }): string {
  const options: [string, string][] = [
    ['$top', String(pageSize)],
    ['$skip', String((page - 1) * pageSize)],
    ['$count', 'true'],
  ];
  const filter = auditEventsFilter(filters);
  if (filter) options.push(['$filter', filter]);
  return `${GRAPH_AUDIT_EVENTS}?${options.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}
