// Roles, role assignments and scope tags as Tenant administration changes them: the refusals Intune makes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILT_IN_ROLE_DEFINITIONS } from '@/lib/auth/built-in-role-definitions';
import { updateCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { listAuditEvents } from '@/lib/db/repositories/audit-events';
import { ZCreateRoleAssignment } from '@/lib/schemas/role-assignment';
import { ZCreateRoleDefinition, ZUpdateRoleDefinition } from '@/lib/schemas/role-definition';
import { ZUpdateRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { createTestTenant, type TestTenant } from '@/lib/services/device-configurations/test-tenant.test-helpers';
import { createRoleScopeTag } from '../scope-tags/create-role-scope-tag';
import { deleteRoleScopeTag } from '../scope-tags/delete-role-scope-tag';
import { updateRoleScopeTag } from '../scope-tags/update-role-scope-tag';
import { createRoleAssignment } from './create-role-assignment';
import { createRoleDefinition } from './create-role-definition';
import { deleteRoleAssignment } from './delete-role-assignment';
import { deleteRoleDefinition } from './delete-role-definition';
import { updateRoleDefinition } from './update-role-definition';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

let t: TestTenant;
beforeAll(async () => {
  t = await createTestTenant();
});
afterAll(async () => t?.handle.close());

const roleBody = (displayName: string, actions = ['Microsoft.Intune_CloudPki_Read']) =>
  ZCreateRoleDefinition.parse({ displayName, rolePermissions: [{ resourceActions: [{ allowedResourceActions: actions }] }] });
const bind = (id: string) => `https://graph.microsoft.com/beta/deviceManagement/roleDefinitions/${id}`;

describe('role definitions', () => {
  it('refuses an unknown resource action, a second role of one name, and any change to a built-in role', async () => {
    const unknown = ZCreateRoleDefinition.safeParse({ displayName: 'X', rolePermissions: [{ resourceActions: [{ allowedResourceActions: ['Microsoft.Intune_Nope_Read'] }] }] });
    expect(unknown.error?.issues[0]?.message).toContain('Microsoft.Intune_Nope_Read');
    expect(ZCreateRoleDefinition.safeParse({ displayName: 'X', rolePermissions: [{ resourceActions: [{ allowedResourceActions: [] }] }] }).success).toBe(false);

    const role = await createRoleDefinition(t.handle.db, t.principal, roleBody('CA readers'));
    expect(role).toMatchObject({ isBuiltIn: false, permissions: ['ca.read'] });
    await expect(createRoleDefinition(t.handle.db, t.principal, roleBody('ca READERS'))).rejects.toMatchObject({ status: 409 });
    const builtIn = BUILT_IN_ROLE_DEFINITIONS[0]!;
    await expect(updateRoleDefinition(t.handle.db, t.principal, builtIn.id, ZUpdateRoleDefinition.parse({ displayName: 'Mine now' }))).rejects.toMatchObject({ status: 400 });
    await expect(deleteRoleDefinition(t.handle.db, t.principal, builtIn.id)).rejects.toMatchObject({ status: 400 });
    const renamed = await updateRoleDefinition(t.handle.db, t.principal, role.id, ZUpdateRoleDefinition.parse({ displayName: 'CA auditors', rolePermissions: [{ resourceActions: [{ allowedResourceActions: ['Microsoft.Intune_Audit_Read'] }] }] }));
    expect(renamed).toMatchObject({ displayName: 'CA auditors', permissions: ['auditData.read'] });
  });

  it('keeps a role while it is assigned (409), deletes it after, and audits each change', async () => {
    const role = await createRoleDefinition(t.handle.db, t.principal, roleBody('Revokers', ['Microsoft.Intune_CloudPki_Read', 'Microsoft.Intune_CloudPki_Revoke']));
    const assignment = await createRoleAssignment(
      t.handle.db,
      t.principal,
      ZCreateRoleAssignment.parse({ displayName: 'Sales revokers', members: [t.groups.salesUsers], 'roleDefinition@odata.bind': bind(role.id) }),
    );
    await expect(deleteRoleDefinition(t.handle.db, t.principal, role.id)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('1 assignment') });
    await deleteRoleAssignment(t.handle.db, t.principal, assignment.id);
    await deleteRoleDefinition(t.handle.db, t.principal, role.id);
    const { items } = await listAuditEvents(t.handle.db, { tenantId: t.tenantId, top: 100 });
    expect(items.map((event) => event.activityType)).toEqual(expect.arrayContaining(['Create RoleDefinition', 'Create RoleAssignment', 'Delete RoleAssignment', 'Delete RoleDefinition']));
  });
});

describe('role assignments', () => {
  it('refuses members that are not groups, scope tags that do not exist and a role that does not', async () => {
    const role = BUILT_IN_ROLE_DEFINITIONS[2]!;
    const body = (values: object) => ZCreateRoleAssignment.parse({ displayName: 'A', 'roleDefinition@odata.bind': bind(role.id), ...values });
    await expect(createRoleAssignment(t.handle.db, t.principal, body({ members: [t.devices.kiosk.id] }))).rejects.toMatchObject({ status: 400 });
    await expect(createRoleAssignment(t.handle.db, t.principal, body({ roleScopeTagIds: ['0', '4242'] }))).rejects.toMatchObject({ status: 400, message: expect.stringContaining("'4242'") });
    await expect(createRoleAssignment(t.handle.db, t.principal, body({ 'roleDefinition@odata.bind': bind(crypto.randomUUID()) }))).rejects.toMatchObject({ status: 404 });
    expect(ZCreateRoleAssignment.safeParse({ displayName: 'A', 'roleDefinition@odata.bind': 'https://x/users/1' }).success).toBe(false);
  });
});

describe('scope tags', () => {
  it('refuses to delete a tag a CA carries (409) and deletes it once free; Default can be neither changed nor deleted', async () => {
    const tag = await createRoleScopeTag(t.handle.db, t.principal, { displayName: 'Lyon', description: null });
    const id = String(tag.id);
    await expect(createRoleScopeTag(t.handle.db, t.principal, { displayName: 'default', description: null })).rejects.toMatchObject({ status: 409 });
    await expect(createRoleScopeTag(t.handle.db, t.principal, { displayName: 'LYON', description: null })).rejects.toMatchObject({ status: 409 });
    await updateCertificationAuthority(t.handle.db, wholeTenant(t.tenantId), t.root.id, { roleScopeTagIds: ['0', id] });
    await expect(deleteRoleScopeTag(t.handle.db, t.principal, id)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('1 CA(s)') });
    await updateCertificationAuthority(t.handle.db, wholeTenant(t.tenantId), t.root.id, { roleScopeTagIds: ['0'] });
    await deleteRoleScopeTag(t.handle.db, t.principal, id);
    await expect(deleteRoleScopeTag(t.handle.db, t.principal, id)).rejects.toMatchObject({ status: 404 });
    await expect(deleteRoleScopeTag(t.handle.db, t.principal, '0')).rejects.toMatchObject({ status: 400 });
    await expect(updateRoleScopeTag(t.handle.db, t.principal, '0', ZUpdateRoleScopeTag.parse({ displayName: 'Everything' }))).rejects.toMatchObject({ status: 400 });
  });
});
