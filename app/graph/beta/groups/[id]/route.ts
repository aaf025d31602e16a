import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphGroup } from '@/lib/graph/to-graph-group';
import { ZUpdateGroup } from '@/lib/schemas/group';
import { deleteGroup } from '@/lib/services/directory/delete-group';
import { getGroupOrThrow } from '@/lib/services/directory/get-group-or-throw';
import { updateGroup } from '@/lib/services/directory/update-group';

type Params = { id: string };

// GET /graph/beta/groups/{id} — one group
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/groups/{id}' }, async ({ principal, params }) => {
  return entityResponse('groups/$entity', toGraphGroup(await getGroupOrThrow(getDatabase(), principal.tenantId, params.id)));
});

// PATCH /graph/beta/groups/{id} — rename or describe a group
export const PATCH = graphRoute<Params, typeof ZUpdateGroup>(
  { route: 'PATCH /graph/beta/groups/{id}', body: ZUpdateGroup },
  async ({ principal, params, body }) => {
    return entityResponse('groups/$entity', toGraphGroup(await updateGroup(getDatabase(), principal, params.id, body)));
  },
);

// DELETE /graph/beta/groups/{id} — delete a group (its members stay)
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/groups/{id}' }, async ({ principal, params }) => {
  await deleteGroup(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
