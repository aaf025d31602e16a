// The permission matrix (issue 11; issue 9's read-only rows): every built-in role and a custom role, held through a
// group's role assignment, against every route of the route table, through the route's real handler. A route is
// allowed exactly when the role holds the route's permission; otherwise it is a 403 naming that permission, decided
// before the body — always an invalid one here — is read. Allowed routes answer anything but 403 or a 5xx.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_ROLE_DEFINITIONS } from '@/lib/auth/built-in-role-definitions';
import { PERMISSIONS, READ_PERMISSIONS, type Permission } from '@/lib/auth/permissions';
import { principalFromClaims } from '@/lib/auth/principal';
import { createDatabase, IN_MEMORY } from '@/lib/db/create-database';
import { setDatabaseGlobal, type DatabaseHandle } from '@/lib/db/database';
import { addGroupMember, insertGroup } from '@/lib/db/repositories/groups';
import { insertRoleAssignment } from '@/lib/db/repositories/role-assignments';
import { insertRoleDefinition } from '@/lib/db/repositories/role-definitions';
import { insertTenant } from '@/lib/db/repositories/tenants';
import { insertUser } from '@/lib/db/repositories/users';
import { listGraphRoutes } from './graph-routes';

// The token is not what is tested here (the 401 matrix is): each bearer value names its claims.
const claimsOfToken = new Map<string, JWTPayload>();
vi.mock('@/lib/auth/authenticate-request', () => ({
  authenticateRequest: async (request: Request) => principalFromClaims(claimsOfToken.get(request.headers.get('authorization') ?? '') ?? {}),
}));

const CUSTOM_ROLE: readonly Permission[] = ['ca.read', 'leaf.revoke', 'deviceConfigurations.read', 'deviceConfigurations.assign', 'organization.read'];
const ROLES: { name: string; permissions: readonly Permission[]; claims: (tenantId: string, userId: string) => JWTPayload }[] = [
  ...BUILT_IN_ROLE_DEFINITIONS.map((role) => ({ name: role.displayName, permissions: role.permissions, claims: (tid: string) => ({ sub: randomUUID(), tid, scope: 'api://cloudpki/Cpki.Access', roles: [role.appRole] }) })),
  { name: 'a custom role (through a group)', permissions: CUSTOM_ROLE, claims: (tid, userId) => ({ sub: userId, tid, scope: 'api://cloudpki/Cpki.Access' }) },
];

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await createDatabase({ dataDir: IN_MEMORY });
  setDatabaseGlobal({ key: 'permission-matrix', opening: Promise.resolve(handle), handle });
  const db = handle.db;
  const tenantId = (await insertTenant(db, { displayName: 'Contoso' })).id;
  const user = await insertUser(db, { tenantId, userPrincipalName: 'casey@contoso.local', displayName: 'Casey', roles: [] });
  const team = await insertGroup(db, { tenantId, displayName: 'PKI operators', mailNickname: 'pki-operators' });
  await addGroupMember(db, { groupId: team.id, memberId: user.id, memberType: 'user' });
  const { resourceActionsOf } = await import('./test-support/resource-actions-of');
  const role = await insertRoleDefinition(db, { tenantId, displayName: 'PKI operator', allowedResourceActions: resourceActionsOf(CUSTOM_ROLE) });
  await insertRoleAssignment(db, { tenantId, roleDefinitionId: role.id, displayName: 'PKI operators', members: [team.id], roleScopeTagIds: ['0'] });
  for (const role of ROLES) claimsOfToken.set(`Bearer ${role.name}`, role.claims(tenantId, user.id));
});
afterAll(async () => {
  setDatabaseGlobal(undefined);
  await handle?.close();
});

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(route: ReturnType<typeof listGraphRoutes>[number], token: string): Promise<Response> {
  const file = join(process.cwd(), 'app', route.path.replace(/\{(\w+)\}/g, '[$1]'), 'route.ts');
  const handler = ((await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, Handler>)[route.method]!;
  const params = Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, randomUUID()]));
  const url = `http://localhost${route.path.replace(/\{(\w+)\}/g, (_, name: string) => params[name]!)}`;
  const hasBody = ['POST', 'PATCH', 'PUT'].includes(route.method);
  // Wrong in every schema: a number where each expects a name, and nothing else.
  const body = hasBody ? JSON.stringify({ displayName: 42 }) : undefined;
  return handler(new Request(url, { method: route.method, headers: { authorization: token, 'content-type': 'application/json' }, body }), { params: Promise.resolve(params) });
}

describe('the permission matrix over every route', () => {
  it.each(ROLES.map((role) => [role.name, role] as const))('%s', async (_name, role) => {
    const problems: string[] = [];
    for (const route of listGraphRoutes()) {
      const response = await call(route, `Bearer ${role.name}`);
      const isAllowed = route.permission === null || role.permissions.includes(route.permission);
      const status = response.status;
      if (isAllowed && (status === 403 || status >= 500)) problems.push(`${route.key}: allowed, but HTTP ${status}`);
      if (!isAllowed) {
        const message = status === 403 ? ((await response.json()) as { error: { message: string } }).error.message : '';
        if (status !== 403 || !message.includes(`'${PERMISSIONS[route.permission!]}'`)) problems.push(`${route.key}: expected 403 naming '${PERMISSIONS[route.permission!]}', got ${status} ${message}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('opens every read route to the read-only role and no write route', () => {
    const readOnly = BUILT_IN_ROLE_DEFINITIONS.find((role) => role.displayName === 'Read Only Operator')!;
    expect(readOnly.permissions).toEqual(READ_PERMISSIONS);
    for (const route of listGraphRoutes()) {
      expect(route.permission === null || readOnly.permissions.includes(route.permission), route.key).toBe(route.isRead);
    }
  });
});
