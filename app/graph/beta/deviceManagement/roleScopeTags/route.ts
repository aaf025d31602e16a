import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse, entityResponse } from '@/lib/graph/graph-response';
import { GRAPH_DEFAULT_SCOPE_TAG, toGraphRoleScopeTag } from '@/lib/graph/to-graph-role-scope-tag';
import { listRoleScopeTags } from '@/lib/db/repositories/role-scope-tags';
import { ZCreateRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { createRoleScopeTag } from '@/lib/services/scope-tags/create-role-scope-tag';

// GET /graph/beta/deviceManagement/roleScopeTags — Default, then the tenant's tags
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/roleScopeTags' }, async ({ principal }) => {
  const tags = await listRoleScopeTags(getDatabase(), principal.tenantId);
  return collectionResponse('deviceManagement/roleScopeTags', [GRAPH_DEFAULT_SCOPE_TAG, ...tags.map(toGraphRoleScopeTag)]);
});

// POST /graph/beta/deviceManagement/roleScopeTags — create a scope tag
export const POST = graphRoute({ route: 'POST /graph/beta/deviceManagement/roleScopeTags', body: ZCreateRoleScopeTag }, async ({ principal, body }) => {
  const tag = await createRoleScopeTag(getDatabase(), principal, body);
  return entityResponse('deviceManagement/roleScopeTags/$entity', toGraphRoleScopeTag(tag), { status: 201 });
});
