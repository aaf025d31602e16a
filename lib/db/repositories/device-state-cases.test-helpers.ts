// Repository cases for the simulated devices' state — trust store, SCEP certificates — and a device's profile
// statuses; device-state.test.ts runs them on PGlite and on PostgreSQL.
import { randomBytes, randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { Database } from '../database';
import { newLeafValues, newRootValues } from '../test-support/fixtures';
import { insertCertificationAuthority } from './certification-authorities';
import { upsertDeviceConfigurationDeviceStatus } from './device-configuration-device-statuses';
import { deleteDeviceConfiguration, insertDeviceConfiguration, type NewDeviceConfiguration } from './device-configurations';
import { listDeviceProfileStatuses } from './device-state-profile-statuses';
import { deleteDeviceScepCertificates, listDeviceScepCertificates, upsertDeviceScepCertificate } from './device-state-scep-certificates';
import { deleteDeviceTrustedCertificates, listDeviceTrustedCertificates, upsertDeviceTrustedCertificate } from './device-state-trust-store';
import { insertLeafCertificate } from './leaf-certificates';
import { insertManagedDevice } from './managed-devices';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

const bytes = (length: number) => new Uint8Array(randomBytes(length));

const trustProfile = (tenantId: string, displayName: string): NewDeviceConfiguration => ({
  tenantId,
  odataType: '#microsoft.graph.windows81TrustedRootCertificate',
  platform: 'windows',
  kind: 'trustedCertificate',
  displayName,
  settings: { certFileName: 'root.cer', destinationStore: 'computerCertStoreRoot' },
  trustedCertificateDer: bytes(40),
  certificateThumbprint: randomBytes(20).toString('hex'),
});

const scepProfile = (tenantId: string, rootCertificateProfileId: string): NewDeviceConfiguration => ({
  tenantId,
  odataType: '#microsoft.graph.windows81SCEPCertificateProfile',
  platform: 'windows',
  kind: 'scep',
  displayName: 'Win SCEP',
  settings: { certificateStore: 'machine', keySize: 'size2048' },
  rootCertificateProfileId,
});

const newDevice = (db: Database, tenantId: string) =>
  insertManagedDevice(db, {
    tenantId,
    deviceName: `PC-${randomBytes(2).toString('hex')}`,
    operatingSystem: 'Windows',
    devicePlatform: 'windows',
    osVersion: '10.0.26100',
    serialNumber: randomBytes(4).toString('hex'),
    azureAdDeviceId: randomUUID(),
  });

export function defineDeviceStateCases(db: () => Database, newTenant: () => Promise<string>): void {
  it('keeps one trusted certificate per profile and device, replaced on reinstall, gone with its profile', async () => {
    const tenantId = await newTenant();
    const [device, other] = [await newDevice(db(), tenantId), await newDevice(db(), tenantId)];
    const root = await insertDeviceConfiguration(db(), trustProfile(tenantId, 'Root'));
    const issuing = await insertDeviceConfiguration(db(), trustProfile(tenantId, 'Issuing'));
    const first = bytes(32);
    const second = bytes(32);
    await upsertDeviceTrustedCertificate(db(), { deviceId: device.id, configurationId: root.id, certificateDer: first, thumbprint: 'AA', installedDateTime: new Date('2026-01-01T00:00:00Z') });
    await upsertDeviceTrustedCertificate(db(), { deviceId: device.id, configurationId: issuing.id, certificateDer: bytes(32), thumbprint: 'BB', installedDateTime: new Date('2026-01-02T00:00:00Z') });
    await upsertDeviceTrustedCertificate(db(), { deviceId: other.id, configurationId: root.id, certificateDer: first, thumbprint: 'AA' });
    await upsertDeviceTrustedCertificate(db(), { deviceId: device.id, configurationId: root.id, certificateDer: second, thumbprint: 'CC', installedDateTime: new Date('2026-01-03T00:00:00Z') });

    const installed = await listDeviceTrustedCertificates(db(), device.id);
    expect(installed.map((row) => [row.configurationId, row.thumbprint])).toEqual([[issuing.id, 'BB'], [root.id, 'CC']]);
    expect(Buffer.from(installed[1]!.certificateDer)).toEqual(Buffer.from(second));

    await deleteDeviceTrustedCertificates(db(), device.id, [issuing.id]);
    expect((await listDeviceTrustedCertificates(db(), device.id)).map((row) => row.configurationId)).toEqual([root.id]);
    await deleteDeviceConfiguration(db(), wholeTenant(tenantId), root.id);
    expect(await listDeviceTrustedCertificates(db(), device.id)).toEqual([]);
    expect(await listDeviceTrustedCertificates(db(), other.id)).toEqual([]);
  });

  it('keeps the sealed key and certificate of the latest enrollment per SCEP profile; the CA record link survives its CA as null', async () => {
    const tenantId = await newTenant();
    const device = await newDevice(db(), tenantId);
    const root = await insertDeviceConfiguration(db(), trustProfile(tenantId, 'Root'));
    const scep = await insertDeviceConfiguration(db(), scepProfile(tenantId, root.id));
    const ca = await insertCertificationAuthority(db(), newRootValues(tenantId));
    const leaf = await insertLeafCertificate(db(), newLeafValues(tenantId, ca.id));
    const enrollment = (profileVersion: number) => ({
      deviceId: device.id,
      configurationId: scep.id,
      profileVersion,
      keyAlgorithm: 'RSA-2048',
      sealedPrivateKey: bytes(64),
      certificateDer: bytes(48),
      caCertificatesPkcs7: bytes(48),
      leafCertificateId: leaf.id,
    });
    await upsertDeviceScepCertificate(db(), enrollment(1));
    const latest = enrollment(2);
    await upsertDeviceScepCertificate(db(), latest);
    const [held, ...more] = await listDeviceScepCertificates(db(), device.id);
    expect(more).toEqual([]);
    expect(held).toMatchObject({ profileVersion: 2, keyAlgorithm: 'RSA-2048', leafCertificateId: leaf.id });
    expect(Buffer.from(held!.sealedPrivateKey)).toEqual(Buffer.from(latest.sealedPrivateKey));

    await db().execute(sql`DELETE FROM certification_authorities WHERE id = ${ca.id}`);
    expect((await listDeviceScepCertificates(db(), device.id))[0]?.leafCertificateId).toBeNull();
    await deleteDeviceScepCertificates(db(), device.id, [scep.id]);
    expect(await listDeviceScepCertificates(db(), device.id)).toEqual([]);
  });

  it("lists a device's profile statuses with the profile's name and type, by name, within its tenant", async () => {
    const tenantId = await newTenant();
    const device = await newDevice(db(), tenantId);
    const root = await insertDeviceConfiguration(db(), trustProfile(tenantId, 'b root trust'));
    const scep = await insertDeviceConfiguration(db(), { ...scepProfile(tenantId, root.id), displayName: 'A SCEP' });
    await upsertDeviceConfigurationDeviceStatus(db(), { configurationId: root.id, deviceId: device.id, status: 'succeeded' });
    await upsertDeviceConfigurationDeviceStatus(db(), { configurationId: scep.id, deviceId: device.id, status: 'error', errorDescription: 'The device cannot supply {{IMEI}}' });

    expect(await listDeviceProfileStatuses(db(), tenantId, device.id)).toEqual([
      expect.objectContaining({ configurationId: scep.id, displayName: 'A SCEP', kind: 'scep', platform: 'windows', status: 'error', errorDescription: 'The device cannot supply {{IMEI}}' }),
      expect.objectContaining({ configurationId: root.id, displayName: 'b root trust', kind: 'trustedCertificate', status: 'succeeded', version: 1 }),
    ]);
    expect(await listDeviceProfileStatuses(db(), await newTenant(), device.id)).toEqual([]);
  });
}
