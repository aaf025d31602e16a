import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphEffectivePermissions } from '@/lib/graph/to-graph-effective-permissions';

// GET /graph/beta/deviceManagement/getEffectivePermissions — what the caller may do (app roles and role assignments)
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/getEffectivePermissions' }, async ({ principal }) => {
  return collectionResponse('Collection(microsoft.graph.rolePermission)', toGraphEffectivePermissions(principal.grants));
});
