import { getDatabase } from '@/lib/db/database';
import { listUsersPage, USER_TEXT_FIELDS } from '@/lib/db/repositories/users';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse, pagedCollectionResponse } from '@/lib/graph/graph-response';
import { parseODataListQuery } from '@/lib/graph/odata-list-query';
import { toGraphUser } from '@/lib/graph/to-graph-user';
import { ZCreateUser } from '@/lib/schemas/user';
import { createUser } from '@/lib/services/directory/create-user';

// GET /graph/beta/users — the tenant's users by display name ($top, $skip, $count, $search, $filter)
export const GET = graphRoute({ route: 'GET /graph/beta/users' }, async ({ request, principal }) => {
  const url = new URL(request.url);
  const query = parseODataListQuery(url, { textFields: USER_TEXT_FIELDS });
  const page = await listUsersPage(getDatabase(), { tenantId: principal.tenantId, ...query });
  return pagedCollectionResponse(
    { url, context: 'users', query },
    { value: page.items.map(toGraphUser), totalCount: page.totalCount },
  );
});

// POST /graph/beta/users — create a user who can sign in with the embedded provider
export const POST = graphRoute({ route: 'POST /graph/beta/users', body: ZCreateUser }, async ({ principal, body }) => {
  const user = await createUser(getDatabase(), principal, body);
  return entityResponse('users/$entity', toGraphUser(user), { status: 201 });
});
