import { getDatabase } from '@/lib/db/database';
import { listAuditEvents } from '@/lib/db/repositories/audit-events';
import { graphRoute } from '@/lib/graph/graph-route';
import { pagedCollectionResponse } from '@/lib/graph/graph-response';
import { parseODataListQuery } from '@/lib/graph/odata-list-query';
import { parseAuditEventFilter } from '@/lib/graph/parse-audit-event-filter';
import { toGraphAuditEvent } from '@/lib/graph/to-graph-audit-event';

// GET /graph/beta/deviceManagement/auditEvents — newest first; $filter on activityType, activityDateTime, actor and
// target (lib/graph/parse-audit-event-filter.ts), $top, $skip, $count
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/auditEvents' }, async ({ request, principal }) => {
  const url = new URL(request.url);
  const query = parseODataListQuery(url, { textFields: [], isTextFilter: false });
  const filter = url.searchParams.get('$filter');
  const conditions = filter === null ? {} : parseAuditEventFilter(filter);
  const { items, totalCount } = await listAuditEvents(getDatabase(), { tenantId: principal.tenantId, ...conditions, top: query.top, skip: query.skip });
  return pagedCollectionResponse({ url, context: 'deviceManagement/auditEvents', query }, { value: items.map(toGraphAuditEvent), totalCount });
});
