// Repository cases for device configurations, their assignments and device statuses, and the deployment
// directory; device-configurations.test.ts runs them on PGlite and on PostgreSQL.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../database';
import { newRootValues } from '../test-support/fixtures';
import { insertCertificationAuthority } from './certification-authorities';
import {
  listDeviceConfigurationAssignments,
  listTenantDeviceConfigurationAssignments,
  replaceDeviceConfigurationAssignments,
} from './device-configuration-assignments';
import {
  countDeviceConfigurationDeviceStatuses,
  listDeviceConfigurationDeviceStatuses,
  upsertDeviceConfigurationDeviceStatus,
} from './device-configuration-device-statuses';
import { loadDeploymentDirectory } from './device-configuration-directory';
import {
  DeviceConfigurationInUseError,
  deleteDeviceConfiguration,
  getDeviceConfiguration,
  insertDeviceConfiguration,
  listDeviceConfigurations,
  lockDeploymentOrder,
  type NewDeviceConfiguration,
  updateDeviceConfiguration,
} from './device-configurations';
import { addGroupMember, insertGroup } from './groups';
import { insertManagedDevice } from './managed-devices';
import { insertUser } from './users';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

const group = (groupId: string) => ({ '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId });

const trustValues = (tenantId: string, name = 'Win Root'): NewDeviceConfiguration => ({
  tenantId,
  odataType: '#microsoft.graph.windows81TrustedRootCertificate',
  platform: 'windows',
  kind: 'trustedCertificate',
  displayName: name,
  roleScopeTagIds: ['0'],
  settings: { certFileName: 'root.cer', destinationStore: 'computerCertStoreRoot' },
  trustedCertificateDer: new Uint8Array(randomBytes(40)),
  certificateThumbprint: randomBytes(20).toString('hex'),
});

const scepValues = (tenantId: string, rootCertificateProfileId: string, issuingCaId: string | null = null): NewDeviceConfiguration => ({
  tenantId,
  odataType: '#microsoft.graph.windows81SCEPCertificateProfile',
  platform: 'windows',
  kind: 'scep',
  displayName: 'Win SCEP',
  settings: { certificateStore: 'machine', keySize: 'size2048' },
  rootCertificateProfileId,
  issuingCaId,
});

async function newDevice(db: Database, tenantId: string, name: string, user?: { id: string; userPrincipalName: string }) {
  return insertManagedDevice(db, {
    tenantId,
    deviceName: name,
    operatingSystem: 'Windows',
    devicePlatform: 'windows',
    osVersion: '10.0.26100',
    serialNumber: randomBytes(4).toString('hex'),
    azureAdDeviceId: randomUUID(),
    userId: user?.id ?? null,
    userPrincipalName: user?.userPrincipalName ?? null,
  });
}

export function defineDeviceConfigurationCases(db: () => Database, newTenant: () => Promise<string>): void {
  it('stores profiles with upper-case thumbprints, finds and filters them, and bumps the version on update', async () => {
    const tenantId = await newTenant();
    const ca = await insertCertificationAuthority(db(), newRootValues(tenantId));
    const root = await insertDeviceConfiguration(db(), trustValues(tenantId));
    const scep = await insertDeviceConfiguration(db(), scepValues(tenantId, root.id, ca.id));
    expect(root.certificateThumbprint).toMatch(/^[0-9A-F]{40}$/);
    expect(root.version).toBe(1);
    expect((await getDeviceConfiguration(db(), wholeTenant(tenantId), scep.id))?.settings).toEqual({ certificateStore: 'machine', keySize: 'size2048' });
    expect(await getDeviceConfiguration(db(), wholeTenant(await newTenant()), scep.id)).toBeUndefined();

    expect((await listDeviceConfigurations(db(), wholeTenant(tenantId))).map((row) => row.id)).toEqual([root.id, scep.id]);
    expect((await listDeviceConfigurations(db(), wholeTenant(tenantId), { kind: 'scep' })).map((row) => row.id)).toEqual([scep.id]);
    expect((await listDeviceConfigurations(db(), wholeTenant(tenantId), { rootCertificateProfileId: root.id })).map((row) => row.id)).toEqual([scep.id]);
    expect(await listDeviceConfigurations(db(), wholeTenant(tenantId), { ids: [] })).toEqual([]);

    const updated = await updateDeviceConfiguration(db(), wholeTenant(tenantId), scep.id, { displayName: 'Renamed', settings: { keySize: 'size4096' } });
    expect(updated).toMatchObject({ displayName: 'Renamed', version: 2, settings: { keySize: 'size4096' } });
    expect(await updateDeviceConfiguration(db(), wholeTenant(await newTenant()), scep.id, { displayName: 'x' })).toBeUndefined();
  });

  it('refuses inconsistent rows: a trust profile without its certificate, links on a trust profile', async () => {
    const tenantId = await newTenant();
    await expect(insertDeviceConfiguration(db(), { ...trustValues(tenantId), trustedCertificateDer: null })).rejects.toThrow();
    const root = await insertDeviceConfiguration(db(), trustValues(tenantId));
    await expect(insertDeviceConfiguration(db(), { ...trustValues(tenantId), rootCertificateProfileId: root.id })).rejects.toThrow();
  });

  it('keeps a trust profile a SCEP profile names as its Root Certificate; deleting cascades to assignments and statuses', async () => {
    const tenantId = await newTenant();
    const root = await insertDeviceConfiguration(db(), trustValues(tenantId));
    const scep = await insertDeviceConfiguration(db(), scepValues(tenantId, root.id));
    await expect(deleteDeviceConfiguration(db(), wholeTenant(tenantId), root.id)).rejects.toBeInstanceOf(DeviceConfigurationInUseError);
    // The refusal left the caller's transaction usable (savepoint).
    await db().transaction(async (tx) => {
      await expect(deleteDeviceConfiguration(tx, wholeTenant(tenantId), root.id)).rejects.toBeInstanceOf(DeviceConfigurationInUseError);
      expect(await getDeviceConfiguration(tx, wholeTenant(tenantId), root.id)).toBeDefined();
    });

    const device = await newDevice(db(), tenantId, 'PC-1');
    await replaceDeviceConfigurationAssignments(db(), scep.id, [group(randomUUID())]);
    await upsertDeviceConfigurationDeviceStatus(db(), { configurationId: scep.id, deviceId: device.id, status: 'pending' });
    expect(await deleteDeviceConfiguration(db(), wholeTenant(tenantId), scep.id)).toBe(true);
    expect(await listDeviceConfigurationAssignments(db(), scep.id)).toEqual([]);
    expect(await listDeviceConfigurationDeviceStatuses(db(), scep.id)).toEqual([]);
    expect(await deleteDeviceConfiguration(db(), wholeTenant(tenantId), root.id)).toBe(true);
    expect(await deleteDeviceConfiguration(db(), wholeTenant(tenantId), root.id)).toBe(false);
  });

  it('clears the issuing CA link when the CA is deleted', async () => {
    const tenantId = await newTenant();
    const ca = await insertCertificationAuthority(db(), newRootValues(tenantId));
    const root = await insertDeviceConfiguration(db(), trustValues(tenantId));
    const scep = await insertDeviceConfiguration(db(), scepValues(tenantId, root.id, ca.id));
    await db().execute(sql`DELETE FROM certification_authorities WHERE id = ${ca.id}`);
    expect((await getDeviceConfiguration(db(), wholeTenant(tenantId), scep.id))?.issuingCaId).toBeNull();
  });

  it('replaces a profile assignment set in order, atomically even when two replaces race', async () => {
    const tenantId = await newTenant();
    const root = await insertDeviceConfiguration(db(), trustValues(tenantId));
    const [a, b, c] = [randomUUID(), randomUUID(), randomUUID()];
    const first = await replaceDeviceConfigurationAssignments(db(), root.id, [group(a), { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' }]);
    expect(first.map((row) => [row.position, row.intent])).toEqual([[0, 'apply'], [1, 'apply']]);
    await replaceDeviceConfigurationAssignments(db(), root.id, [group(c), group(b)]);
    expect((await listDeviceConfigurationAssignments(db(), root.id)).map((row) => row.target)).toEqual([group(c), group(b)]);

    const sets = [[group(a)], [group(b), group(c)]];
    await Promise.all(sets.map((targets) => replaceDeviceConfigurationAssignments(db(), root.id, targets)));
    const final = (await listDeviceConfigurationAssignments(db(), root.id)).map((row) => row.target);
    expect(sets).toContainEqual(final);

    const other = await insertDeviceConfiguration(db(), trustValues(tenantId, 'Win Issuing'));
    await replaceDeviceConfigurationAssignments(db(), other.id, [group(a)]);
    expect(await listTenantDeviceConfigurationAssignments(db(), tenantId)).toHaveLength(final.length + 1);
    expect(await listTenantDeviceConfigurationAssignments(db(), await newTenant())).toEqual([]);
    expect(await replaceDeviceConfigurationAssignments(db(), other.id, [])).toEqual([]);
  });

  it('upserts one status per profile and device, lists them with device and user, and counts them', async () => {
    const tenantId = await newTenant();
    const root = await insertDeviceConfiguration(db(), trustValues(tenantId));
    const user = await insertUser(db(), { tenantId, userPrincipalName: 'alice@contoso.local', displayName: 'Alice' });
    const [pc, kiosk] = [await newDevice(db(), tenantId, 'b-PC', user), await newDevice(db(), tenantId, 'A-kiosk')];

    const early = new Date('2026-05-01T10:00:00.000Z');
    await upsertDeviceConfigurationDeviceStatus(db(), { configurationId: root.id, deviceId: pc.id, status: 'pending', lastReportedDateTime: early });
    await upsertDeviceConfigurationDeviceStatus(db(), { configurationId: root.id, deviceId: pc.id, status: 'error', errorDescription: 'No email' });
    await upsertDeviceConfigurationDeviceStatus(db(), { configurationId: root.id, deviceId: kiosk.id, status: 'succeeded', lastReportedDateTime: early });

    const list = await listDeviceConfigurationDeviceStatuses(db(), root.id);
    expect(list.map((row) => [row.deviceName, row.status, row.userPrincipalName, row.userDisplayName, row.errorDescription])).toEqual([
      ['A-kiosk', 'succeeded', null, null, null],
      ['b-PC', 'error', 'alice@contoso.local', 'Alice', 'No email'],
    ]);
    const { counts, lastReportedDateTime } = await countDeviceConfigurationDeviceStatuses(db(), root.id);
    expect(counts).toEqual({ succeeded: 1, error: 1, pending: 0, notApplicable: 0, conflict: 0 });
    expect(lastReportedDateTime!.getTime()).toBeGreaterThan(early.getTime());
    expect(await countDeviceConfigurationDeviceStatuses(db(), randomUUID())).toEqual({
      counts: { succeeded: 0, error: 0, pending: 0, notApplicable: 0, conflict: 0 },
      lastReportedDateTime: null,
    });
    await expect(
      upsertDeviceConfigurationDeviceStatus(db(), { configurationId: root.id, deviceId: randomUUID(), status: 'pending' }),
    ).rejects.toThrow();
  });

  it('loads the directory the deployment order reads: users, devices with platform and primary user, groups with members', async () => {
    const tenantId = await newTenant();
    const user = await insertUser(db(), { tenantId, userPrincipalName: `u${randomBytes(3).toString('hex')}@contoso.local`, displayName: 'U' });
    const device = await newDevice(db(), tenantId, 'PC', user);
    const users = await insertGroup(db(), { tenantId, displayName: 'Users', mailNickname: 'users' });
    const nested = await insertGroup(db(), { tenantId, displayName: 'Nested', mailNickname: 'nested' });
    await addGroupMember(db(), { groupId: users.id, memberId: user.id, memberType: 'user' });
    await addGroupMember(db(), { groupId: users.id, memberId: nested.id, memberType: 'group' });
    await addGroupMember(db(), { groupId: nested.id, memberId: device.id, memberType: 'device' });

    const directory = await loadDeploymentDirectory(db(), tenantId);
    expect(directory.users).toEqual([{ id: user.id }]);
    expect(directory.devices).toEqual([{ id: device.id, platform: 'windows', primaryUserId: user.id }]);
    const byName = Object.fromEntries(directory.groups.map((row) => [row.displayName, [...row.memberIds].sort()]));
    expect(byName).toEqual({ Users: [user.id, nested.id].sort(), Nested: [device.id] });
    expect(await loadDeploymentDirectory(db(), await newTenant())).toEqual({ users: [], devices: [], groups: [] });
  });

  it('takes the deployment lock inside a transaction', async () => {
    const tenantId = await newTenant();
    await expect(db().transaction((tx) => lockDeploymentOrder(tx, tenantId))).resolves.toBeUndefined();
  });
}
