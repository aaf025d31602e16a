import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphUser } from '@/lib/graph/to-graph-user';
import { ZUpdateUser } from '@/lib/schemas/user';
import { deleteUser } from '@/lib/services/directory/delete-user';
import { getUserOrThrow } from '@/lib/services/directory/get-user-or-throw';
import { updateUser } from '@/lib/services/directory/update-user';

type Params = { id: string };

// GET /graph/beta/users/{id | userPrincipalName} — one user
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/users/{id}' }, async ({ principal, params }) => {
  return entityResponse('users/$entity', toGraphUser(await getUserOrThrow(getDatabase(), principal.tenantId, params.id)));
});

// PATCH /graph/beta/users/{id | userPrincipalName} — rename, enable/disable, set a new password
export const PATCH = graphRoute<Params, typeof ZUpdateUser>(
  { route: 'PATCH /graph/beta/users/{id}', body: ZUpdateUser },
  async ({ principal, params, body }) => {
    return entityResponse('users/$entity', toGraphUser(await updateUser(getDatabase(), principal, params.id, body)));
  },
);

// DELETE /graph/beta/users/{id | userPrincipalName} — delete a user
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/users/{id}' }, async ({ principal, params }) => {
  await deleteUser(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
