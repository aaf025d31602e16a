import { DEFAULT_SCOPE_TAG_ID } from '@/lib/auth/default-scope-tag';
import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { GRAPH_DEFAULT_SCOPE_TAG, toGraphRoleScopeTag } from '@/lib/graph/to-graph-role-scope-tag';
import { ZUpdateRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { deleteRoleScopeTag } from '@/lib/services/scope-tags/delete-role-scope-tag';
import { getRoleScopeTagOrThrow } from '@/lib/services/scope-tags/get-role-scope-tag-or-throw';
import { updateRoleScopeTag } from '@/lib/services/scope-tags/update-role-scope-tag';

type Params = { id: string };
const CONTEXT = 'deviceManagement/roleScopeTags/$entity';

// GET /graph/beta/deviceManagement/roleScopeTags/{id} — one scope tag ("0" is Default)
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/roleScopeTags/{id}' }, async ({ principal, params }) => {
  if (params.id === DEFAULT_SCOPE_TAG_ID) return entityResponse(CONTEXT, GRAPH_DEFAULT_SCOPE_TAG);
  return entityResponse(CONTEXT, toGraphRoleScopeTag(await getRoleScopeTagOrThrow(getDatabase(), principal.tenantId, params.id)));
});

// PATCH /graph/beta/deviceManagement/roleScopeTags/{id} — rename or describe a tag
export const PATCH = graphRoute<Params, typeof ZUpdateRoleScopeTag>(
  { route: 'PATCH /graph/beta/deviceManagement/roleScopeTags/{id}', body: ZUpdateRoleScopeTag },
  async ({ principal, params, body }) => {
    return entityResponse(CONTEXT, toGraphRoleScopeTag(await updateRoleScopeTag(getDatabase(), principal, params.id, body)));
  },
);

// DELETE /graph/beta/deviceManagement/roleScopeTags/{id} — delete a tag nothing carries (409 while in use)
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/deviceManagement/roleScopeTags/{id}' }, async ({ principal, params }) => {
  await deleteRoleScopeTag(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
