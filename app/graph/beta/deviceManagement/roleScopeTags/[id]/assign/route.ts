import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphRoleScopeTagAutoAssignment } from '@/lib/graph/to-graph-role-scope-tag-auto-assignment';
import { ZAssignRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { assignRoleScopeTag } from '@/lib/services/scope-tags/assign-role-scope-tag';

// POST /graph/beta/deviceManagement/roleScopeTags/{id}/assign — replace the groups the tag is assigned to
export const POST = graphRoute<{ id: string }, typeof ZAssignRoleScopeTag>(
  { route: 'POST /graph/beta/deviceManagement/roleScopeTags/{id}/assign', body: ZAssignRoleScopeTag },
  async ({ principal, params, body }) => {
    const rows = await assignRoleScopeTag(getDatabase(), principal, params.id, body);
    return collectionResponse('Collection(microsoft.graph.roleScopeTagAutoAssignment)', rows.map(toGraphRoleScopeTagAutoAssignment));
  },
);
