import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphRoleScopeTagAutoAssignment } from '@/lib/graph/to-graph-role-scope-tag-auto-assignment';
import { listRoleScopeTagAssignments } from '@/lib/services/scope-tags/list-role-scope-tag-assignments';

// GET /graph/beta/deviceManagement/roleScopeTags/{id}/assignments — the groups the tag is assigned to
export const GET = graphRoute<{ id: string }>({ route: 'GET /graph/beta/deviceManagement/roleScopeTags/{id}/assignments' }, async ({ principal, params }) => {
  const rows = await listRoleScopeTagAssignments(getDatabase(), principal.tenantId, params.id);
  return collectionResponse(`deviceManagement/roleScopeTags('${params.id}')/assignments`, rows.map(toGraphRoleScopeTagAutoAssignment));
});
