import { getDatabase } from '@/lib/db/database';
import { GROUP_TEXT_FIELDS } from '@/lib/db/repositories/groups';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse, pagedCollectionResponse } from '@/lib/graph/graph-response';
import { parseODataListQuery } from '@/lib/graph/odata-list-query';
import { toGraphDirectoryObjectRef } from '@/lib/graph/to-graph-directory-object';
import { toGraphGroup } from '@/lib/graph/to-graph-group';
import { ZCreateGroup } from '@/lib/schemas/group';
import { createGroup } from '@/lib/services/directory/create-group';
import { listGroups } from '@/lib/services/directory/list-groups';

// GET /graph/beta/groups — the tenant's groups by name ($top, $skip, $count, $search, $filter, $expand=members)
export const GET = graphRoute({ route: 'GET /graph/beta/groups' }, async ({ request, principal }) => {
  const url = new URL(request.url);
  const query = parseODataListQuery(url, { textFields: GROUP_TEXT_FIELDS, expandable: ['members'] });
  const page = await listGroups(getDatabase(), { tenantId: principal.tenantId, ...query }, { isMembersExpanded: query.expand.has('members') });
  const value = page.items.map(({ group, members }) => toGraphGroup(group, members?.map(toGraphDirectoryObjectRef)));
  return pagedCollectionResponse({ url, context: 'groups', query }, { value, totalCount: page.totalCount });
});

// POST /graph/beta/groups — create a security group
export const POST = graphRoute({ route: 'POST /graph/beta/groups', body: ZCreateGroup }, async ({ principal, body }) => {
  const group = await createGroup(getDatabase(), principal, body);
  return entityResponse('groups/$entity', toGraphGroup(group), { status: 201 });
});
