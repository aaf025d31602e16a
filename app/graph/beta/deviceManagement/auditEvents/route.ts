import { getDatabase } from '@/lib/db/database';
import { listAuditEvents } from '@/lib/db/repositories/audit-events';
import { GraphError } from '@/lib/graph/graph-error';
import { graphRoute } from '@/lib/graph/graph-route';
import { pagedCollectionResponse } from '@/lib/graph/graph-response';
import { parseODataListQuery } from '@/lib/graph/odata-list-query';
import { toGraphAuditEvent } from '@/lib/graph/to-graph-audit-event';

// The one $filter Intune's docs use: activityType eq '<activity>'.
const ACTIVITY_FILTER = /^\s*activityType\s+eq\s+'((?:[^']|'')*)'\s*$/i;

// GET /graph/beta/deviceManagement/auditEvents — newest first; $filter=activityType eq '…', $top, $skip, $count
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/auditEvents' }, async ({ request, principal }) => {
  const url = new URL(request.url);
  const query = parseODataListQuery(url, { textFields: [], isTextFilter: false });
  const filter = url.searchParams.get('$filter');
  const activityType = filter === null ? undefined : ACTIVITY_FILTER.exec(filter)?.[1]?.replaceAll("''", "'");
  if (filter !== null && activityType === undefined) {
    throw new GraphError('BadRequest', `Unsupported $filter '${filter}': use activityType eq 'Create CloudCertificationAuthority'.`);
  }
  const { items, totalCount } = await listAuditEvents(getDatabase(), { tenantId: principal.tenantId, activityType, top: query.top, skip: query.skip });
  return pagedCollectionResponse({ url, context: 'deviceManagement/auditEvents', query }, { value: items.map(toGraphAuditEvent), totalCount });
});
