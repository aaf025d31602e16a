import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, IN_MEMORY } from '@/lib/db/create-database';
import type { DatabaseHandle } from '@/lib/db/database';
import { findDirectoryObject, resolveDirectoryObjects } from '@/lib/db/repositories/directory-objects';
import {
  deleteGroup,
  type GroupRow,
  listGroupMemberRefs,
  listGroups,
  listTransitiveGroupMemberRefs,
} from '@/lib/db/repositories/groups';
import { listManagedDevices } from '@/lib/db/repositories/managed-devices';
import { insertTenant } from '@/lib/db/repositories/tenants';
import { insertUser, listUsers } from '@/lib/db/repositories/users';
import { seedDemoDirectory } from './seed-demo-directory';

describe('seedDemoDirectory', () => {
  let handle: DatabaseHandle;
  let tenantId = '';
  const db = () => handle.db;
  const groupNamed = async (name: string): Promise<GroupRow> => {
    const { items } = await listGroups(db(), { tenantId, top: 100, skip: 0 });
    const group = items.find((item) => item.displayName === name);
    if (!group) throw new Error(`no group ${name}`);
    return group;
  };
  const memberNames = async (name: string, transitive = false) => {
    const group = await groupNamed(name);
    const refs = transitive ? await listTransitiveGroupMemberRefs(db(), group.id) : await listGroupMemberRefs(db(), [group.id]);
    const objects = await resolveDirectoryObjects(db(), tenantId, refs);
    return objects
      .map((object) => (object.type === 'user' ? object.user.displayName : object.type === 'device' ? object.device.deviceName : object.group.displayName))
      .sort();
  };

  beforeAll(async () => {
    handle = await createDatabase({ dataDir: IN_MEMORY });
    tenantId = (await insertTenant(db(), { displayName: 'Contoso' })).id;
    // An account made before the seed keeps its password and roles.
    await insertUser(db(), { tenantId, userPrincipalName: 'Adele.Vance@contoso.local', displayName: 'Adele (admin)', passwordHash: 'scrypt$x', roles: ['CloudPKI.Admin'] });
    await seedDemoDirectory(db(), tenantId, new Date('2026-03-01T12:00:00.000Z'));
  });
  afterAll(async () => {
    await handle.close();
  });

  it('seeds eleven users without passwords, keeping an existing account as it was', async () => {
    const users = await listUsers(db(), tenantId);
    expect(users).toHaveLength(11);
    const adele = users.find((user) => user.userPrincipalName === 'Adele.Vance@contoso.local');
    expect(adele).toMatchObject({ displayName: 'Adele (admin)', passwordHash: 'scrypt$x', roles: ['CloudPKI.Admin'] });
    expect(users.find((user) => user.userPrincipalName === 'megan.bowen@contoso.local')).toMatchObject({
      givenName: 'Megan',
      surname: 'Bowen',
      mail: 'megan.bowen@contoso.local',
      passwordHash: null,
      roles: [],
    });
  });

  it('seeds twenty devices across the platforms, userless ones without a UPN', async () => {
    const { items } = await listManagedDevices(db(), { tenantId, top: 100, skip: 0 });
    const countOf = (platform: string) => items.filter((device) => device.devicePlatform === platform).length;
    expect(items).toHaveLength(20);
    expect([countOf('windows'), countOf('ios'), countOf('macOS'), countOf('androidEnterprise'), countOf('aosp')]).toEqual([8, 4, 3, 3, 2]);
    expect(items.find((device) => device.deviceName === 'CONTOSO-LT-001')).toMatchObject({
      userPrincipalName: 'Adele.Vance@contoso.local',
      userDisplayName: 'Adele (admin)',
      lastSyncDateTime: new Date('2026-03-01T09:00:00.000Z'),
    });
    expect(items.find((device) => device.deviceName === 'MTR-PANEL-01')).toMatchObject({ userId: null, userPrincipalName: null });
  });

  it('fills the groups, with iOS devices nested in Apple devices', async () => {
    expect(await memberNames('All Windows devices')).toHaveLength(8);
    expect(await memberNames('Pilot devices')).toEqual(['CONTOSO-LT-001', 'CONTOSO-LT-002']);
    expect(await memberNames('Sales')).toEqual(['Adele (admin)', 'Alex Wilber', 'Diego Siciliani', 'Megan Bowen']);
    expect(await memberNames('Engineering')).toHaveLength(7);
    expect(await memberNames('Kiosks')).toEqual(['CONTOSO-KIOSK-01', 'CONTOSO-KIOSK-02', 'Lobby iPad', 'MTR-PANEL-01', 'REALWEAR-HMT-01']);
    expect(await memberNames('Apple devices')).toEqual(["Alex's MacBook Pro", "Lidia's MacBook Air", "Pradeep's MacBook Pro", 'iOS devices']);
    expect(await memberNames('Apple devices', true)).toHaveLength(8);
  });

  it('runs again without changes, and does not bring back what an administrator deleted', async () => {
    const sales = await groupNamed('Sales');
    await deleteGroup(db(), tenantId, sales.id);
    await seedDemoDirectory(db(), tenantId);
    expect(await findDirectoryObject(db(), tenantId, sales.id)).toBeUndefined();
    expect((await listGroups(db(), { tenantId, top: 100, skip: 0 })).totalCount).toBe(6);
    expect((await listManagedDevices(db(), { tenantId, top: 1, skip: 0 })).totalCount).toBe(20);
  });

  it('gives each tenant its own ids', async () => {
    const otherTenant = (await insertTenant(db(), { displayName: 'Fabrikam' })).id;
    await seedDemoDirectory(db(), otherTenant);
    const { items } = await listManagedDevices(db(), { tenantId: otherTenant, top: 100, skip: 0 });
    expect(items).toHaveLength(20);
    expect(await findDirectoryObject(db(), tenantId, items[0]!.id)).toBeUndefined();
  });
});
