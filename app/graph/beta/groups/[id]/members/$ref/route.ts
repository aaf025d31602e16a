import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { ZDirectoryObjectReference } from '@/lib/schemas/group';
import { addGroupMember } from '@/lib/services/directory/add-group-member';

type Params = { id: string };

// POST /graph/beta/groups/{id}/members/$ref — add {"@odata.id": ".../directoryObjects/{id}"} as a member
export const POST = graphRoute<Params, typeof ZDirectoryObjectReference>(
  { route: 'POST /graph/beta/groups/{id}/members/$ref', body: ZDirectoryObjectReference },
  async ({ principal, params, body }) => {
    await addGroupMember(getDatabase(), principal, params.id, body.id);
    return new Response(null, { status: 204 });
  },
);
