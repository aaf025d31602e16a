import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse, entityResponse } from '@/lib/graph/graph-response';
import { toGraphRoleDefinition } from '@/lib/graph/to-graph-role-definition';
import { ZCreateRoleDefinition } from '@/lib/schemas/role-definition';
import { createRoleDefinition } from '@/lib/services/roles/create-role-definition';
import { listRoleDefinitions } from '@/lib/services/roles/list-role-definitions';

// GET /graph/beta/deviceManagement/roleDefinitions — the built-in roles, then the custom ones
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/roleDefinitions' }, async ({ principal }) => {
  return collectionResponse('deviceManagement/roleDefinitions', (await listRoleDefinitions(getDatabase(), principal.tenantId)).map(toGraphRoleDefinition));
});

// POST /graph/beta/deviceManagement/roleDefinitions — create a custom role
export const POST = graphRoute(
  { route: 'POST /graph/beta/deviceManagement/roleDefinitions', body: ZCreateRoleDefinition },
  async ({ principal, body }) => {
    const role = await createRoleDefinition(getDatabase(), principal, body);
    return entityResponse('deviceManagement/roleDefinitions/$entity', toGraphRoleDefinition(role), { status: 201 });
  },
);
