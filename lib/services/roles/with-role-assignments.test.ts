import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLE_DEFINITIONS } from '@/lib/auth/built-in-role-definitions';
import { principalFromClaims } from '@/lib/auth/principal';
import { createDatabase, IN_MEMORY } from '@/lib/db/create-database';
import type { DatabaseHandle } from '@/lib/db/database';
import { addGroupMember, insertGroup } from '@/lib/db/repositories/groups';
import { insertRoleAssignment } from '@/lib/db/repositories/role-assignments';
import { insertRoleDefinition } from '@/lib/db/repositories/role-definitions';
import { insertTenant } from '@/lib/db/repositories/tenants';
import { insertUser } from '@/lib/db/repositories/users';
import { withRoleAssignments } from './with-role-assignments';

let handle: DatabaseHandle;
let tenantId: string;
const READ_ONLY = BUILT_IN_ROLE_DEFINITIONS.find((role) => role.displayName === 'Read Only Operator')!;

beforeAll(async () => {
  handle = await createDatabase({ dataDir: IN_MEMORY });
  tenantId = (await insertTenant(handle.db, { displayName: 'Contoso' })).id;
});
afterAll(async () => handle?.close());

const userToken = (sub: string, extra: Record<string, unknown> = {}) => principalFromClaims({ sub, tid: tenantId, scope: 'api://cloudpki/Cpki.Access', ...extra });

describe('withRoleAssignments', () => {
  it("grants a custom role's permissions over its scope tags to the members of a nested group, on top of the token's app roles", async () => {
    const db = handle.db;
    const user = await insertUser(db, { tenantId, userPrincipalName: 'pat@contoso.local', displayName: 'Pat', roles: [] });
    const outer = await insertGroup(db, { tenantId, displayName: 'PKI admins', mailNickname: 'pki-admins' });
    const inner = await insertGroup(db, { tenantId, displayName: 'PKI team', mailNickname: 'pki-team' });
    await addGroupMember(db, { groupId: inner.id, memberId: user.id, memberType: 'user' });
    await addGroupMember(db, { groupId: outer.id, memberId: inner.id, memberType: 'group' });
    const role = await insertRoleDefinition(db, { tenantId, displayName: 'CA readers', allowedResourceActions: ['Microsoft.Intune_CloudPki_Read', 'microsoft.intune_cloudpki_revoke'] });
    await insertRoleAssignment(db, { tenantId, roleDefinitionId: role.id, displayName: 'PKI admins read', members: [outer.id], roleScopeTagIds: ['1'] });
    await insertRoleAssignment(db, { tenantId, roleDefinitionId: READ_ONLY.id, displayName: 'Audit', members: [inner.id], roleScopeTagIds: [] });

    const principal = await withRoleAssignments(db, userToken(user.id, { roles: ['CloudPKI.Operator'] }));
    // Operator (token, tenant-wide) already reads CAs and revokes; Read Only Operator adds Roles: Read over Default.
    expect(principal.grants['ca.read']).toBe('all');
    expect(principal.grants['roles.read']).toEqual(['0']);
    expect(principal.grants['ca.create']).toBeUndefined();

    const withoutAppRole = await withRoleAssignments(db, userToken(user.id));
    expect(withoutAppRole.grants['ca.read']).toEqual(['1', '0']);
    expect(withoutAppRole.grants['leaf.revoke']).toEqual(['1']);
    expect(withoutAppRole.permissions).toContain('roles.read');
    expect(withoutAppRole.permissions).not.toContain('roles.create');
  });

  it("matches the token's groups claim, ignores ids that are no GUID, and leaves scripts to their app roles", async () => {
    const db = handle.db;
    const entraGroup = crypto.randomUUID();
    await insertRoleAssignment(db, { tenantId, roleDefinitionId: READ_ONLY.id, displayName: 'Entra readers', members: [entraGroup], roleScopeTagIds: ['0'] });
    const entraUser = await withRoleAssignments(db, userToken('pairwise-sub', { groups: ['not-a-guid', entraGroup] }));
    expect(entraUser.permissions).toContain('auditData.read');

    const stranger = await withRoleAssignments(db, userToken(crypto.randomUUID(), { groups: ['not-a-guid'] }));
    expect(stranger.permissions).toEqual([]);

    const script = principalFromClaims({ sub: 'automation', tid: tenantId, idtyp: 'app', roles: [], groups: [entraGroup] });
    expect((await withRoleAssignments(db, script)).permissions).toEqual([]);
  });
});
