import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';
import { listGroupMembers } from '@/lib/services/directory/list-group-members';

type Params = { id: string };

// GET /graph/beta/groups/{id}/members — the direct members: users, devices and groups, each with its @odata.type
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/groups/{id}/members' }, async ({ principal, params }) => {
  const members = await listGroupMembers(getDatabase(), principal.tenantId, params.id);
  return collectionResponse('directoryObjects', members.map(toGraphDirectoryObject));
});
