import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { removeGroupMember } from '@/lib/services/directory/remove-group-member';

type Params = { id: string; memberId: string };

// DELETE /graph/beta/groups/{id}/members/{memberId}/$ref — remove a direct member
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/groups/{id}/members/{memberId}/$ref' }, async ({ principal, params }) => {
  await removeGroupMember(getDatabase(), principal, params.id, params.memberId);
  return new Response(null, { status: 204 });
});
