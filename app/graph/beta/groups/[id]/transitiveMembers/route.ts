import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';
import { listGroupMembers } from '@/lib/services/directory/list-group-members';

type Params = { id: string };

// GET /graph/beta/groups/{id}/transitiveMembers — members including those of nested groups (what an assignment reaches)
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/groups/{id}/transitiveMembers' }, async ({ principal, params }) => {
  const members = await listGroupMembers(getDatabase(), principal.tenantId, params.id, { isTransitive: true });
  return collectionResponse('directoryObjects', members.map(toGraphDirectoryObject));
});
