// Repository cases: the directory — users' pages, managed devices, groups with nested members.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Database } from '../database';
import { isUniqueViolation } from '../postgres-error';
import { findDirectoryObject, resolveDirectoryObjects } from '../repositories/directory-objects';
import {
  addGroupMember,
  deleteGroup,
  getGroup,
  GroupSelfMembershipError,
  insertGroup,
  listGroupMemberRefs,
  listGroups,
  listTransitiveGroupMemberRefs,
  removeGroupMember,
  updateGroup,
} from '../repositories/groups';
import {
  countManagedDevices,
  getManagedDevice,
  insertManagedDevice,
  listManagedDevices,
  type NewManagedDevice,
  updateManagedDeviceLastSync,
  updatePrimaryUserPrincipalName,
} from '../repositories/managed-devices';
import { deleteUser, insertUser, listUsersPage } from '../repositories/users';

function newDevice(tenantId: string, overrides: Partial<NewManagedDevice> = {}): NewManagedDevice {
  return {
    tenantId,
    deviceName: 'CONTOSO-LT-001',
    operatingSystem: 'Windows',
    devicePlatform: 'windows',
    osVersion: '10.0.22631.4317',
    serialNumber: 'PF3XK2A1',
    azureAdDeviceId: randomUUID(),
    ...overrides,
  };
}

export function defineDirectoryCases(db: () => Database, newTenant: () => Promise<string>): void {
  it('pages and searches users by display name, UPN and mail, with LIKE characters taken literally', async () => {
    const tenantId = await newTenant();
    for (const [given, surname] of [['Adele', 'Vance'], ['Alex', 'Wilber'], ['Megan', 'Bowen'], ['Lee', 'Gu_']]) {
      await insertUser(db(), {
        tenantId,
        userPrincipalName: `${given!.toLowerCase()}@contoso.local`,
        displayName: `${given} ${surname}`,
        givenName: given,
        surname,
        mail: `${given!.toLowerCase()}.mail@contoso.local`,
      });
    }
    const page = await listUsersPage(db(), { tenantId, top: 2, skip: 1 });
    expect(page.totalCount).toBe(4);
    expect(page.items.map((user) => user.displayName)).toEqual(['Alex Wilber', 'Lee Gu_']);
    expect(page.items[0]).toMatchObject({ givenName: 'Alex', surname: 'Wilber' });

    const search = async (text: string, field?: 'mail' | 'surname', mode: 'contains' | 'startsWith' = 'contains') =>
      (await listUsersPage(db(), { tenantId, matches: [{ field, mode, text }], top: 10, skip: 0 })).items.map((user) => user.givenName);
    expect(await search('WILB')).toEqual(['Alex']);
    expect(await search('MEGAN.MAIL', 'mail')).toEqual(['Megan']);
    expect(await search('v', 'surname', 'startsWith')).toEqual(['Adele']);
    expect(await search('_')).toEqual(['Lee']); // "_" is not a wildcard
    expect(await search('%')).toEqual([]);
  });

  it('lists managed devices by page with their primary user, and records check-ins', async () => {
    const tenantId = await newTenant();
    const adele = await insertUser(db(), { tenantId, userPrincipalName: 'adele@contoso.local', displayName: 'Adele Vance' });
    const laptop = await insertManagedDevice(
      db(),
      newDevice(tenantId, { userId: adele.id, userPrincipalName: adele.userPrincipalName, imei: null }),
    );
    await insertManagedDevice(db(), newDevice(tenantId, { deviceName: "Adele's iPhone", operatingSystem: 'iOS', devicePlatform: 'ios', serialNumber: 'F2LXK0AB', userId: adele.id }));
    await insertManagedDevice(db(), newDevice(tenantId, { deviceName: 'CONTOSO-KIOSK-01', serialNumber: 'KIOSK01' }));
    expect(laptop.managementState).toBe('managed');
    expect(await countManagedDevices(db(), tenantId)).toBe(3);

    const all = await listManagedDevices(db(), { tenantId, top: 2, skip: 0 });
    expect(all.totalCount).toBe(3);
    expect(all.items.map((device) => device.deviceName)).toEqual(["Adele's iPhone", 'CONTOSO-KIOSK-01']);
    expect(all.items[0]?.userDisplayName).toBe('Adele Vance');
    expect(all.items[1]?.userDisplayName).toBeNull();
    const byUpn = await listManagedDevices(db(), { tenantId, matches: [{ mode: 'contains', text: 'ADELE@' }], top: 10, skip: 0 });
    expect(byUpn.items.map((device) => device.deviceName)).toEqual(['CONTOSO-LT-001']);
    const byOs = await listManagedDevices(db(), { tenantId, matches: [{ field: 'operatingSystem', mode: 'startsWith', text: 'ios' }], top: 10, skip: 0 });
    expect(byOs.totalCount).toBe(1);

    const synced = new Date('2026-03-01T08:00:00.000Z');
    expect((await updateManagedDeviceLastSync(db(), tenantId, laptop.id, synced))?.lastSyncDateTime).toEqual(synced);
    expect(await updateManagedDeviceLastSync(db(), await newTenant(), laptop.id, synced)).toBeUndefined(); // tenant-scoped
    await updatePrimaryUserPrincipalName(db(), tenantId, adele.id, 'adele.vance@contoso.local');
    expect((await getManagedDevice(db(), tenantId, laptop.id))?.userPrincipalName).toBe('adele.vance@contoso.local');
    expect(await getManagedDevice(db(), await newTenant(), laptop.id)).toBeUndefined();

    const duplicate = insertManagedDevice(db(), newDevice(tenantId, { azureAdDeviceId: laptop.azureAdDeviceId }));
    await expect(duplicate).rejects.toSatisfy((error) => isUniqueViolation(error, 'managed_devices_tenant_aad_device_unique'));

    // Deleting the primary user leaves the devices userless, and takes the user out of its groups.
    const group = await insertGroup(db(), { tenantId, displayName: 'Sales', mailNickname: 'sales' });
    await addGroupMember(db(), { groupId: group.id, memberId: adele.id, memberType: 'user' });
    expect(await deleteUser(db(), tenantId, adele.id)).toBe(true);
    expect(await deleteUser(db(), tenantId, adele.id)).toBe(false);
    expect(await getManagedDevice(db(), tenantId, laptop.id)).toMatchObject({ userId: null, userPrincipalName: null, userDisplayName: null });
    expect(await listGroupMemberRefs(db(), [group.id])).toEqual([]);
  });

  it('keeps groups with users, devices and nested groups as members', async () => {
    const tenantId = await newTenant();
    const user = await insertUser(db(), { tenantId, userPrincipalName: 'megan@contoso.local', displayName: 'Megan Bowen' });
    const device = await insertManagedDevice(db(), newDevice(tenantId, { userId: user.id }));
    const apple = await insertGroup(db(), { tenantId, displayName: 'Apple devices', mailNickname: 'appledevices' });
    const ios = await insertGroup(db(), { tenantId, displayName: 'iOS devices', description: 'Phones', mailNickname: 'iosdevices' });
    await insertGroup(db(), { tenantId, displayName: 'Sales', mailNickname: 'sales' });

    expect(await addGroupMember(db(), { groupId: apple.id, memberId: ios.id, memberType: 'group' })).toBe(true);
    expect(await addGroupMember(db(), { groupId: apple.id, memberId: user.id, memberType: 'user' })).toBe(true);
    expect(await addGroupMember(db(), { groupId: ios.id, memberId: device.id, memberType: 'device' })).toBe(true);
    expect(await addGroupMember(db(), { groupId: ios.id, memberId: device.id, memberType: 'device' })).toBe(false);
    await expect(addGroupMember(db(), { groupId: ios.id, memberId: ios.id, memberType: 'group' })).rejects.toBeInstanceOf(
      GroupSelfMembershipError,
    );

    const page = await listGroups(db(), { tenantId, top: 10, skip: 0 });
    expect(page.items.map((group) => group.displayName)).toEqual(['Apple devices', 'iOS devices', 'Sales']);
    const searched = await listGroups(db(), { tenantId, matches: [{ mode: 'contains', text: 'DEVICES' }], top: 1, skip: 1 });
    expect(searched).toMatchObject({ totalCount: 2, items: [{ displayName: 'iOS devices' }] });

    // Rows added within one millisecond tie on created_date_time, so compare without order.
    const refs = await listGroupMemberRefs(db(), [apple.id, ios.id]);
    expect(refs.map((ref) => `${ref.groupId === apple.id ? 'apple' : 'ios'}:${ref.memberType}`).sort()).toEqual([
      'apple:group',
      'apple:user',
      'ios:device',
    ]);
    const members = await resolveDirectoryObjects(db(), tenantId, refs);
    expect(members.map((member) => member.type)).toEqual(refs.map((ref) => ref.memberType)); // in the refs' order
    expect(members.find((member) => member.type === 'device')).toMatchObject({ device: { id: device.id, userDisplayName: 'Megan Bowen' } });
    expect(await findDirectoryObject(db(), tenantId, device.id)).toMatchObject({ type: 'device' });
    expect(await findDirectoryObject(db(), tenantId, ios.id)).toMatchObject({ type: 'group', group: { description: 'Phones' } });
    expect(await findDirectoryObject(db(), await newTenant(), user.id)).toBeUndefined();
    expect(await findDirectoryObject(db(), tenantId, randomUUID())).toBeUndefined();

    // A cycle (iOS devices in Apple devices in iOS devices) must not loop; each member is listed once.
    await addGroupMember(db(), { groupId: ios.id, memberId: apple.id, memberType: 'group' });
    const transitive = await listTransitiveGroupMemberRefs(db(), apple.id);
    expect(transitive.map((ref) => ref.memberId).sort()).toEqual([ios.id, user.id, device.id].sort());

    expect((await updateGroup(db(), tenantId, ios.id, { displayName: 'iPhones and iPads' }))?.displayName).toBe('iPhones and iPads');
    expect(await updateGroup(db(), await newTenant(), ios.id, { displayName: 'x' })).toBeUndefined();
    expect(await removeGroupMember(db(), ios.id, device.id)).toBe(true);
    expect(await removeGroupMember(db(), ios.id, device.id)).toBe(false);

    // Deleting a group takes its member list and its memberships in other groups with it.
    expect(await deleteGroup(db(), tenantId, ios.id)).toBe(true);
    expect(await deleteGroup(db(), tenantId, ios.id)).toBe(false);
    expect(await getGroup(db(), tenantId, ios.id)).toBeUndefined();
    expect((await listGroupMemberRefs(db(), [apple.id])).map((ref) => ref.memberId)).toEqual([user.id]);
  });
}
