import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse, entityResponse } from '@/lib/graph/graph-response';
import { parseExpand } from '@/lib/graph/odata-list-query';
import { toGraphRoleAssignment } from '@/lib/graph/to-graph-role-assignment';
import { toGraphRoleDefinition } from '@/lib/graph/to-graph-role-definition';
import { ZCreateRoleAssignment } from '@/lib/schemas/role-assignment';
import { createRoleAssignment } from '@/lib/services/roles/create-role-assignment';
import { listRoleAssignments } from '@/lib/services/roles/list-role-assignments';

// GET /graph/beta/deviceManagement/roleAssignments — every assignment ($expand=roleDefinition adds its role)
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/roleAssignments' }, async ({ request, principal }) => {
  const expand = parseExpand(new URL(request.url).searchParams.get('$expand'), ['roleDefinition']);
  const items = await listRoleAssignments(getDatabase(), principal.tenantId, { isRoleExpanded: expand.has('roleDefinition') });
  const value = items.map(({ assignment, roleDefinition }) => toGraphRoleAssignment(assignment, roleDefinition && toGraphRoleDefinition(roleDefinition)));
  return collectionResponse('deviceManagement/roleAssignments', value);
});

// POST /graph/beta/deviceManagement/roleAssignments — grant a role to groups over scope tags
export const POST = graphRoute(
  { route: 'POST /graph/beta/deviceManagement/roleAssignments', body: ZCreateRoleAssignment },
  async ({ principal, body }) => {
    const assignment = await createRoleAssignment(getDatabase(), principal, body);
    return entityResponse('deviceManagement/roleAssignments/$entity', toGraphRoleAssignment(assignment), { status: 201 });
  },
);
