import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphRoleDefinition } from '@/lib/graph/to-graph-role-definition';
import { ZUpdateRoleDefinition } from '@/lib/schemas/role-definition';
import { deleteRoleDefinition } from '@/lib/services/roles/delete-role-definition';
import { getRoleDefinitionOrThrow } from '@/lib/services/roles/get-role-definition-or-throw';
import { updateRoleDefinition } from '@/lib/services/roles/update-role-definition';

type Params = { id: string };
const CONTEXT = 'deviceManagement/roleDefinitions/$entity';

// GET /graph/beta/deviceManagement/roleDefinitions/{id} — one role
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/roleDefinitions/{id}' }, async ({ principal, params }) => {
  return entityResponse(CONTEXT, toGraphRoleDefinition(await getRoleDefinitionOrThrow(getDatabase(), principal.tenantId, params.id)));
});

// PATCH /graph/beta/deviceManagement/roleDefinitions/{id} — rename a custom role or change its permissions
export const PATCH = graphRoute<Params, typeof ZUpdateRoleDefinition>(
  { route: 'PATCH /graph/beta/deviceManagement/roleDefinitions/{id}', body: ZUpdateRoleDefinition },
  async ({ principal, params, body }) => {
    return entityResponse(CONTEXT, toGraphRoleDefinition(await updateRoleDefinition(getDatabase(), principal, params.id, body)));
  },
);

// DELETE /graph/beta/deviceManagement/roleDefinitions/{id} — delete a custom role without assignments
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/deviceManagement/roleDefinitions/{id}' }, async ({ principal, params }) => {
  await deleteRoleDefinition(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
