import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { parseExpand } from '@/lib/graph/odata-list-query';
import { toGraphRoleAssignment } from '@/lib/graph/to-graph-role-assignment';
import { toGraphRoleDefinition } from '@/lib/graph/to-graph-role-definition';
import { ZUpdateRoleAssignment } from '@/lib/schemas/role-assignment';
import { deleteRoleAssignment } from '@/lib/services/roles/delete-role-assignment';
import { getRoleAssignmentOrThrow } from '@/lib/services/roles/get-role-assignment-or-throw';
import { getRoleDefinitionOrThrow } from '@/lib/services/roles/get-role-definition-or-throw';
import { updateRoleAssignment } from '@/lib/services/roles/update-role-assignment';

type Params = { id: string };
const CONTEXT = 'deviceManagement/roleAssignments/$entity';

// GET /graph/beta/deviceManagement/roleAssignments/{id} — one assignment ($expand=roleDefinition adds its role)
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/roleAssignments/{id}' }, async ({ request, principal, params }) => {
  const db = getDatabase();
  const expand = parseExpand(new URL(request.url).searchParams.get('$expand'), ['roleDefinition']);
  const assignment = await getRoleAssignmentOrThrow(db, principal.tenantId, params.id);
  const role = expand.has('roleDefinition') ? toGraphRoleDefinition(await getRoleDefinitionOrThrow(db, principal.tenantId, assignment.roleDefinitionId)) : undefined;
  return entityResponse(CONTEXT, toGraphRoleAssignment(assignment, role));
});

// PATCH /graph/beta/deviceManagement/roleAssignments/{id} — change its name, groups or scope tags
export const PATCH = graphRoute<Params, typeof ZUpdateRoleAssignment>(
  { route: 'PATCH /graph/beta/deviceManagement/roleAssignments/{id}', body: ZUpdateRoleAssignment },
  async ({ principal, params, body }) => {
    return entityResponse(CONTEXT, toGraphRoleAssignment(await updateRoleAssignment(getDatabase(), principal, params.id, body)));
  },
);

// DELETE /graph/beta/deviceManagement/roleAssignments/{id} — take the role back from its groups
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/deviceManagement/roleAssignments/{id}' }, async ({ principal, params }) => {
  await deleteRoleAssignment(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
