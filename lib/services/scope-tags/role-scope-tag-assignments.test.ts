// Scope tag assignments (Tenant administration › Scope tags › Assignments): assign replaces a tag's whole set of
// groups, in order, and refuses unknown groups and the Default tag; a deleted group leaves the set, and a tag
// assigned to groups (but carried by nothing) can still be deleted — on PGlite and on PostgreSQL alike.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import { grantsOf } from '@/lib/auth/permission-grants';
import { ALL_PERMISSIONS } from '@/lib/auth/permissions';
import type { Principal } from '@/lib/auth/principal';
import { listAuditEvents } from '@/lib/db/repositories/audit-events';
import { deleteGroup, insertGroup } from '@/lib/db/repositories/groups';
import { describeOnBothDatabases } from '@/lib/db/test-support/describe-on-both-databases';
import { ZAssignRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { assignRoleScopeTag } from './assign-role-scope-tag';
import { createRoleScopeTag } from './create-role-scope-tag';
import { deleteRoleScopeTag } from './delete-role-scope-tag';
import { listRoleScopeTagAssignments } from './list-role-scope-tag-assignments';

const adminOf = (tenantId: string): Principal => ({
  id: randomUUID(),
  name: 'Portal administrator',
  userPrincipalName: 'admin@contoso.local',
  tenantId,
  roles: ['CloudPKI.Admin'],
  groupIds: [],
  grants: grantsOf([{ permissions: ALL_PERMISSIONS, scope: 'all' }]),
  permissions: ALL_PERMISSIONS,
  isApplication: false,
});
const toGroups = (...groupIds: string[]) =>
  ZAssignRoleScopeTag.parse({ assignments: groupIds.map((groupId) => ({ target: { '@odata.type': 'microsoft.graph.groupAssignmentTarget', groupId } })) });

describeOnBothDatabases('scope tag assignments', (db, newTenant) => {
  async function tenantWithTag() {
    const tenantId = await newTenant();
    const admin = adminOf(tenantId);
    const group = async (name: string) => (await insertGroup(db(), { tenantId, displayName: name, mailNickname: name.toLowerCase() })).id;
    const tag = await createRoleScopeTag(db(), admin, { displayName: 'Paris', description: null });
    return { tenantId, admin, tagId: String(tag.id), paris: await group('Paris devices'), lyon: await group('Lyon devices') };
  }
  const assignedGroups = async (tenantId: string, tagId: string) => (await listRoleScopeTagAssignments(db(), tenantId, tagId)).map((row) => row.groupId);

  it('replaces the set of groups, in the order given, and records who changed it', async () => {
    const { tenantId, admin, tagId, paris, lyon } = await tenantWithTag();
    await assignRoleScopeTag(db(), admin, tagId, toGroups(lyon.toUpperCase(), paris));
    expect(await assignedGroups(tenantId, tagId)).toEqual([lyon, paris]);
    await assignRoleScopeTag(db(), admin, tagId, toGroups(paris));
    expect(await assignedGroups(tenantId, tagId)).toEqual([paris]);

    const { items } = await listAuditEvents(db(), { tenantId, activityType: 'Assign RoleScopeTag' });
    // Two events of one millisecond have no order between them.
    expect(items.map((event) => event.summary)).toHaveLength(2);
    expect(items.map((event) => event.summary)).toEqual(
      expect.arrayContaining([
        { before: { groupIds: [] }, after: { groupIds: [lyon, paris] } },
        { before: { groupIds: [lyon, paris] }, after: { groupIds: [paris] } },
      ]),
    );
  });

  it('refuses a group of no tenant, the Default tag, a tag of another tenant and a group given twice', async () => {
    const { tenantId, admin, tagId, paris } = await tenantWithTag();
    const stranger = randomUUID();
    await expect(assignRoleScopeTag(db(), admin, tagId, toGroups(paris, stranger))).rejects.toMatchObject({ status: 400, message: expect.stringContaining(stranger) });
    expect(await assignedGroups(tenantId, tagId)).toEqual([]);
    await expect(assignRoleScopeTag(db(), admin, '0', toGroups(paris))).rejects.toMatchObject({ status: 400 });
    expect(await listRoleScopeTagAssignments(db(), tenantId, '0')).toEqual([]);
    const other = adminOf(await newTenant());
    await expect(assignRoleScopeTag(db(), other, tagId, toGroups())).rejects.toMatchObject({ status: 404 });
    expect(ZAssignRoleScopeTag.safeParse({ assignments: [toGroups(paris).assignments[0], toGroups(paris.toUpperCase()).assignments[0]] }).success).toBe(false);
    expect(ZAssignRoleScopeTag.safeParse({ assignments: [{ target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget', groupId: paris } }] }).success).toBe(false);
  });

  it('drops a deleted group from the set, and deletes a tag that only groups are assigned to', async () => {
    const { tenantId, admin, tagId, paris, lyon } = await tenantWithTag();
    await assignRoleScopeTag(db(), admin, tagId, toGroups(paris, lyon));
    await deleteGroup(db(), tenantId, lyon);
    expect(await assignedGroups(tenantId, tagId)).toEqual([paris]);
    await deleteRoleScopeTag(db(), admin, tagId);
    await expect(listRoleScopeTagAssignments(db(), tenantId, tagId)).rejects.toMatchObject({ status: 404 });
  });
});
