// Create, update, delete, device check-in and reports of profiles, against a real (in-memory) database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listDeviceConfigurations } from '@/lib/db/repositories/device-configurations';
import { toGraphDeviceConfiguration } from '@/lib/graph/to-graph-device-configuration';
import { assignDeviceConfiguration } from './assign-device-configuration';
import { deleteDeviceConfiguration } from './delete-device-configuration';
import { getDeploymentReadiness } from './get-deployment-readiness';
import { getDeviceConfigurationExpanded } from './get-device-configurations';
import { getDeviceStatusOverview, listDeviceStatuses } from './device-statuses';
import { profilesForDevice } from './profiles-for-device';
import { recordDeviceConfigurationStatus } from './record-device-configuration-status';
import { updateDeviceConfiguration } from './update-device-configuration';
import { validateScepProfile } from './validate-scep-profile';
import {
  base64,
  CLIENT_AUTH,
  createScepProfile,
  createTestTenant,
  createTrustProfile,
  group,
  scepBody,
  type TestTenant,
} from './test-tenant.test-helpers';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

let tenant: TestTenant;
beforeAll(async () => {
  tenant = await createTestTenant();
});
afterAll(async () => {
  await tenant.handle.close();
});
const db = () => tenant.handle.db;

describe('device configuration lifecycle', () => {
  it('refuses a SCEP profile its issuing CA cannot honour, or whose Root Certificate is of another platform', async () => {
    const winRoot = await createTrustProfile(tenant, 'Refusal Root', tenant.rootDer);
    const iosRoot = await createTrustProfile(tenant, 'iOS Root', tenant.rootDer, 'ios');
    const serverAuth = { name: 'Server Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.1' };
    await expect(createScepProfile(tenant, winRoot.id, { extendedKeyUsages: [CLIENT_AUTH, serverAuth], hashAlgorithm: 'sha1' })).rejects.toMatchObject({
      status: 400,
      message:
        "hashAlgorithm: SHA-1 is not supported with Cloud PKI: choose SHA-2; extendedKeyUsages: Server Authentication (1.3.6.1.5.5.7.3.1) is not on the issuing CA 'Contoso Issuing', which has Client Authentication (1.3.6.1.5.5.7.3.2)",
    });
    await expect(createScepProfile(tenant, iosRoot.id)).rejects.toMatchObject({
      status: 400,
      message: "rootCertificate@odata.bind: 'iOS Root' is an iOS/iPadOS profile: the Root Certificate must be a Windows trusted certificate profile",
    });
    expect(await listDeviceConfigurations(db(), wholeTenant(tenant.tenantId), { kind: 'scep' })).toEqual([]);

    expect(await validateScepProfile(db(), wholeTenant(tenant.tenantId), scepBody(tenant, winRoot.id, { keySize: 'size4096', keyStorageProvider: 'useSoftwareKsp' }))).toEqual([
      { field: 'keySize', message: "4096-bit keys are larger than the RSA-2048 key of the issuing CA 'Contoso Issuing': choose 2048 bits" },
    ]);
    expect(await validateScepProfile(db(), wholeTenant(tenant.tenantId), { '@odata.type': '#microsoft.graph.iosScepCertificateProfile' })).toContainEqual({
      field: 'displayName',
      message: 'Name is required',
    });
  });

  it('maps a SCEP profile to Graph JSON: no rootCertificate unless expanded', async () => {
    const root = await createTrustProfile(tenant, 'Mapping Root', tenant.rootDer);
    const scep = await createScepProfile(tenant, root.id);
    const plain = toGraphDeviceConfiguration(scep);
    expect(plain).toMatchObject({
      '@odata.type': '#microsoft.graph.windows81SCEPCertificateProfile',
      id: scep.id,
      version: 1,
      certificateStore: 'machine',
      subjectNameFormatString: 'CN={{AAD_Device_ID}}',
      keyUsage: 'digitalSignature,keyEncipherment',
      subjectAlternativeNameType: 'none',
    });
    expect(plain).not.toHaveProperty('rootCertificate');
    expect(plain).not.toHaveProperty('rootCertificate@odata.bind');
    const expanded = await getDeviceConfigurationExpanded(db(), wholeTenant(tenant.tenantId), scep.id, new Set(['rootCertificate', 'assignments']));
    const graph = toGraphDeviceConfiguration(expanded.profile, expanded.expansions);
    expect(graph).toMatchObject({ rootCertificate: { id: root.id, trustedRootCertificate: base64(tenant.rootDer) }, assignments: [] });
  });

  it('patches a profile as a whole: merged, validated, version bumped; the type never changes', async () => {
    const root = await createTrustProfile(tenant, 'Patch Root', tenant.rootDer);
    const scep = await createScepProfile(tenant, root.id);
    const patched = await updateDeviceConfiguration(db(), tenant.principal, scep.id, { displayName: 'Renamed', renewalThresholdPercentage: 30 });
    expect(patched).toMatchObject({ displayName: 'Renamed', version: 2, settings: { renewalThresholdPercentage: 30, keySize: 'size2048' } });
    await expect(updateDeviceConfiguration(db(), tenant.principal, scep.id, { '@odata.type': '#microsoft.graph.iosScepCertificateProfile' })).rejects.toMatchObject({
      status: 400,
      message: '@odata.type: @odata.type must stay #microsoft.graph.windows81SCEPCertificateProfile',
    });
    await expect(updateDeviceConfiguration(db(), tenant.principal, scep.id, { certificateStore: 'user', subjectNameFormatString: 'CN={{Nope}}' })).rejects.toMatchObject({
      status: 400,
      message: 'subjectNameFormatString: {{Nope}} is not a variable Intune knows. Use one of the listed variables, wrapped in {{ }}',
    });
    await expect(updateDeviceConfiguration(db(), tenant.principal, root.id, { keySize: 'size2048' })).rejects.toMatchObject({
      message: 'keySize is not a property of #microsoft.graph.windows81TrustedRootCertificate',
    });
  });

  it('delivers assigned profiles to a device, records its status and reports it', async () => {
    const root = await createTrustProfile(tenant, 'Deliver Root', tenant.rootDer);
    const issuing = await createTrustProfile(tenant, 'Deliver Issuing', tenant.issuingDer);
    const scep = await createScepProfile(tenant, root.id, { displayName: 'Deliver SCEP' });
    for (const profile of [root, issuing, scep]) {
      await assignDeviceConfiguration(db(), tenant.principal, profile.id, [group(tenant.groups.salesUsers)]);
    }

    const delivered = await profilesForDevice(db(), tenant.tenantId, tenant.devices.alicePc.id);
    expect(delivered.trustedCertificateProfiles.map((profile) => profile.displayName)).toEqual(['Deliver Root', 'Deliver Issuing']);
    expect(delivered.trustedCertificateProfiles[0]).toMatchObject({ certificateThumbprint: tenant.root.thumbprint, settings: { destinationStore: 'computerCertStoreRoot' } });
    expect(delivered.scepProfiles).toEqual([
      expect.objectContaining({ id: scep.id, issuingCaId: tenant.issuing.id, rootCertificateProfileId: root.id, settings: expect.objectContaining({ certificateStore: 'machine' }) }),
    ]);
    expect((await profilesForDevice(db(), tenant.tenantId, tenant.devices.kiosk.id)).scepProfiles).toEqual([]);
    expect((await profilesForDevice(db(), tenant.tenantId, tenant.devices.aliceIphone.id)).trustedCertificateProfiles).toEqual([]);

    await recordDeviceConfigurationStatus(db(), tenant.tenantId, { configurationId: scep.id, deviceId: tenant.devices.alicePc.id, status: 'pending' });
    await recordDeviceConfigurationStatus(db(), tenant.tenantId, {
      configurationId: scep.id,
      deviceId: tenant.devices.alicePc.id,
      status: 'error',
      errorDescription: 'The SCEP challenge expired',
    });
    expect(await listDeviceStatuses(db(), wholeTenant(tenant.tenantId), scep.id)).toEqual([
      expect.objectContaining({ deviceName: 'ALICE-PC', userPrincipalName: 'alice@contoso.local', status: 'error', errorDescription: 'The SCEP challenge expired' }),
    ]);
    const overview = await getDeviceStatusOverview(db(), wholeTenant(tenant.tenantId), scep.id);
    expect(overview.counts.counts).toMatchObject({ error: 1, pending: 0 });
    await expect(
      recordDeviceConfigurationStatus(db(), tenant.tenantId, { configurationId: scep.id, deviceId: crypto.randomUUID(), status: 'succeeded' }),
    ).rejects.toMatchObject({ status: 404 });

    const steps = await getDeploymentReadiness(db(), wholeTenant(tenant.tenantId), tenant.issuing.id, 'windows');
    expect(steps.map((step) => step.state)).toEqual(['done', 'done', 'done', 'done', 'done']);
    await expect(getDeploymentReadiness(db(), wholeTenant(tenant.tenantId), tenant.root.id, 'windows')).rejects.toMatchObject({ status: 400 });
    await expect(getDeploymentReadiness(db(), wholeTenant(tenant.tenantId), tenant.issuing.id, 'android')).rejects.toMatchObject({ status: 400 });
  });

  it('refuses to delete or re-certify a trust profile the deployment needs; deletes in reverse order', async () => {
    const profiles = await listDeviceConfigurations(db(), wholeTenant(tenant.tenantId));
    const root = profiles.find((profile) => profile.displayName === 'Deliver Root');
    const scep = profiles.find((profile) => profile.displayName === 'Deliver SCEP');
    if (!root || !scep) throw new Error('the delivery test creates these profiles');

    await expect(deleteDeviceConfiguration(db(), tenant.principal, root.id)).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/^This change breaks the deployment order/),
    });
    await expect(
      updateDeviceConfiguration(db(), tenant.principal, root.id, { trustedRootCertificate: base64(tenant.issuingDer) }),
    ).rejects.toMatchObject({ status: 409, message: expect.stringMatching(/^Replacing the certificate of trusted certificate profile 'Deliver Root'/) });

    await assignDeviceConfiguration(db(), tenant.principal, scep.id, []);
    await expect(deleteDeviceConfiguration(db(), tenant.principal, root.id)).rejects.toMatchObject({
      status: 409,
      message:
        "The trusted certificate profile 'Deliver Root' is the Root Certificate of SCEP profile 'Deliver SCEP': select another Root Certificate there, or delete that profile first.",
    });
    await deleteDeviceConfiguration(db(), tenant.principal, scep.id);
    await deleteDeviceConfiguration(db(), tenant.principal, root.id);
    await expect(deleteDeviceConfiguration(db(), tenant.principal, root.id)).rejects.toMatchObject({ status: 404 });
  });
});
