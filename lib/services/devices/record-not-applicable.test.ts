// Not applicable rows: profiles assigned in the tenant that do not reach the device, and profiles that stopped
// reaching it; profiles assigned to nobody stay out of its report.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeviceProfileStatuses } from '@/lib/db/repositories/device-state-profile-statuses';
import { assignDeviceConfiguration } from '../device-configurations/assign-device-configuration';
import { profilesForDevice } from '../device-configurations/profiles-for-device';
import { createScepProfile, createTestTenant, createTrustProfile, group, type TestTenant } from '../device-configurations/test-tenant.test-helpers';
import { recordNotApplicable } from './record-not-applicable';

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await createTestTenant();
});
afterAll(async () => {
  await tenant.handle.close();
});

async function reachingIds(deviceId: string) {
  const delivered = await profilesForDevice(tenant.handle.db, tenant.tenantId, deviceId);
  return new Set([...delivered.trustedCertificateProfiles, ...delivered.scepProfiles].map((profile) => profile.id));
}

describe('recordNotApplicable', () => {
  it('marks profiles assigned to groups the device is not in Not applicable, and leaves unassigned profiles out', async () => {
    const db = tenant.handle.db;
    const root = await createTrustProfile(tenant, 'NA Root', tenant.rootDer);
    const issuing = await createTrustProfile(tenant, 'NA Issuing', tenant.issuingDer);
    const scep = await createScepProfile(tenant, root.id, { displayName: 'NA SCEP' });
    const unassigned = await createTrustProfile(tenant, 'NA Unassigned', tenant.rootDer);
    for (const profile of [root, issuing, scep]) await assignDeviceConfiguration(db, tenant.principal, profile.id, [group(tenant.groups.salesDevices)]);

    const now = new Date();
    const { kiosk, alicePc } = tenant.devices;
    expect(await recordNotApplicable(db, tenant.tenantId, alicePc.id, await reachingIds(alicePc.id), now)).toEqual([]);
    const marked = await recordNotApplicable(db, tenant.tenantId, kiosk.id, await reachingIds(kiosk.id), now);
    expect(new Set(marked)).toEqual(new Set([root.id, issuing.id, scep.id]));
    expect(marked).not.toContain(unassigned.id);
    const statuses = await listDeviceProfileStatuses(db, tenant.tenantId, kiosk.id);
    expect(statuses.map((status) => [status.displayName, status.status])).toEqual([
      ['NA Issuing', 'notApplicable'],
      ['NA Root', 'notApplicable'],
      ['NA SCEP', 'notApplicable'],
    ]);
  });
});
