// A tenant holding one of each thing the Graph API returns, made through the repositories and services the routes
// use (in-memory PGlite, real keys and certificates): a root, an issuing, a paused and a bring-your-own CA waiting
// for its signed certificate; a device's issued leaf and a revoked one; a trusted and a SCEP profile on every
// platform, assigned; device reports of success and failure; and the audit events all of that recorded.
import { PLATFORMS, type Platform } from '@/lib/deployment/platforms';
import { insertCertificationAuthority, type CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { DeviceConfigurationRow } from '@/lib/db/repositories/device-configurations';
import { addGroupMember } from '@/lib/db/repositories/groups';
import { insertLeafCertificate, revokeLeafCertificate, type LeafCertificateRow } from '@/lib/db/repositories/leaf-certificates';
import { ALL_DEVICES_TARGET, EXCLUSION_GROUP_TARGET } from '@/lib/schemas/device-configuration/assignment';
import { ZCreateDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import { rootCertificateBindOf } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { scepProfileDefaults } from '@/lib/schemas/device-configuration/scep-profile-defaults';
import { buildCaCertificateRequest } from '@/lib/pki/build-ca-certificate-request';
import { buildLeafCertificate, leafKeyUsages } from '@/lib/pki/build-leaf-certificate';
import { keyStoreSigner } from '@/lib/pki/certificate-signer';
import { caKeyProfileOf } from '@/lib/pki/key-specs';
import { createKeyStore } from '@/lib/pki/test-support/test-ca';
import { x509 } from '@/lib/pki/x509';
import { caCertificateUrl, crlUrl, scepServerUrlTemplate } from '@/lib/cloud-pki-urls';
import { getEnv } from '@/lib/env';
import { assignDeviceConfiguration } from '@/lib/services/device-configurations/assign-device-configuration';
import { createDeviceConfiguration } from '@/lib/services/device-configurations/create-device-configuration';
import { recordDeviceConfigurationStatus } from '@/lib/services/device-configurations/record-device-configuration-status';
import { base64, CLIENT_AUTH, createTestTenant, group, type TestTenant } from '@/lib/services/device-configurations/test-tenant.test-helpers';

export interface WireSampleTenant extends TestTenant {
  byoca: CertificationAuthorityRow;
  paused: CertificationAuthorityRow;
  leaves: { issued: LeafCertificateRow; revoked: LeafCertificateRow };
  /** A trusted and a SCEP profile per platform. */
  profiles: Record<Platform, { trusted: DeviceConfigurationRow; scep: DeviceConfigurationRow }>;
}

export async function createWireSampleTenant(): Promise<WireSampleTenant> {
  const tenant = await createTestTenant();
  const db = tenant.handle.db;
  const { byoca, paused } = await insertMoreCertificationAuthorities(tenant);

  const profiles = {} as WireSampleTenant['profiles'];
  for (const platform of Object.keys(PLATFORMS) as Platform[]) {
    const create = (body: Record<string, unknown>) => createDeviceConfiguration(db, tenant.principal, ZCreateDeviceConfiguration.parse(body));
    const { trustedCertificate } = PLATFORMS[platform].odataTypes;
    const trusted = await create({ '@odata.type': trustedCertificate, displayName: `${platform} Root`, trustedRootCertificate: base64(tenant.rootDer) });
    const scep = await create({
      ...scepProfileDefaults(platform, { certificateStore: 'user', deploymentChannel: 'userChannel' }),
      displayName: `${platform} SCEP`,
      extendedKeyUsages: [CLIENT_AUTH],
      scepServerUrls: [scepServerUrlTemplate(tenant.tenantId, tenant.issuing.id)],
      customSubjectAlternativeNames: [{ sanType: 'userPrincipalName', name: '{{UserPrincipalName}}' }],
      'rootCertificate@odata.bind': rootCertificateBindOf(trusted.id),
    });
    profiles[platform] = { trusted, scep };
  }
  await assignDeviceConfiguration(db, tenant.principal, profiles.windows.trusted.id, [
    group(tenant.groups.salesDevices),
    { '@odata.type': EXCLUSION_GROUP_TARGET, groupId: tenant.groups.salesUsers },
  ]);
  await assignDeviceConfiguration(db, tenant.principal, profiles.ios.trusted.id, [{ '@odata.type': ALL_DEVICES_TARGET }]);

  // A group in a group, so member lists hold all three directory object types.
  await addGroupMember(db, { groupId: tenant.groups.salesUsers, memberId: tenant.groups.salesDevices, memberType: 'group' });
  const issued = await issueLeaf(tenant, profiles.windows.scep.id);
  const toRevoke = await issueLeaf(tenant, profiles.windows.scep.id);
  const revoked = await revokeLeafCertificate(db, { tenantId: tenant.tenantId, caId: tenant.issuing.id, id: toRevoke.id, revocationDateTime: new Date(), revocationReason: 'keyCompromise' });
  const { alicePc, aliceIphone } = tenant.devices;
  await recordDeviceConfigurationStatus(db, tenant.tenantId, { configurationId: profiles.windows.scep.id, deviceId: alicePc.id, status: 'succeeded', leafCertificateId: issued.id });
  await recordDeviceConfigurationStatus(db, tenant.tenantId, {
    configurationId: profiles.ios.scep.id,
    deviceId: aliceIphone.id,
    status: 'error',
    errorDescription: 'The SCEP challenge expired',
  });
  return { ...tenant, byoca, paused, leaves: { issued, revoked: { ...toRevoke, ...revoked! } }, profiles };
}

/** A bring-your-own CA with its real CSR and no certificate yet, and a paused issuing CA. */
async function insertMoreCertificationAuthorities(tenant: TestTenant) {
  const keyStore = createKeyStore();
  const profile = caKeyProfileOf('rsa2048');
  const { keyUri } = await keyStore.createKey(profile.keySpec);
  const subject = { commonName: 'Contoso BYO Issuing', organizationName: 'Contoso' };
  const csr = await buildCaCertificateRequest({
    signer: await keyStoreSigner(keyStore, keyUri, profile.signingAlgorithm),
    subject,
    extendedKeyUsages: [CLIENT_AUTH.objectIdentifier],
  });
  const common = {
    tenantId: tenant.tenantId,
    validityPeriodInYears: 2,
    certificateKeySize: 'rsa2048',
    hashingAlgorithm: 'sha256',
    extendedKeyUsages: [CLIENT_AUTH],
    roleScopeTagIds: ['0'],
    keyUri,
    keyPlatform: 'software' as const,
  };
  const byoca = await insertCertificationAuthority(tenant.handle.db, {
    ...common,
    displayName: 'Contoso BYO Issuing',
    caType: 'issuingCertificationAuthorityWithExternalRoot',
    status: 'signingPending',
    commonName: subject.commonName,
    organizationName: subject.organizationName,
    subjectName: 'CN=Contoso BYO Issuing, O=Contoso',
    rootCertificateCommonName: 'External root CA',
    certificateSigningRequestDer: csr,
  });
  const { id: _id, createdDateTime: _created, lastModifiedDateTime: _modified, ...issuing } = tenant.issuing;
  const paused = await insertCertificationAuthority(tenant.handle.db, { ...issuing, displayName: 'Contoso Paused Issuing', status: 'paused' });
  return { byoca, paused };
}

/** A device certificate the issuing CA signs for Alice's PC, stored as the SCEP service stores it. */
async function issueLeaf(tenant: TestTenant, profileId: string): Promise<LeafCertificateRow> {
  const keys = await crypto.subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  const spki = await crypto.subtle.exportKey('spki', keys.publicKey);
  const { issuing, devices } = tenant;
  const publicUrl = getEnv().PUBLIC_URL;
  const subjectAlternativeNames = [{ type: 'upn' as const, value: 'alice@contoso.local' }];
  const certificate = await buildLeafCertificate({
    issuer: tenant.issuingIssuer,
    subject: new x509.Name(`CN=${devices.alicePc.azureAdDeviceId}`),
    subjectPublicKeySpki: spki,
    subjectAlternativeNames,
    extendedKeyUsages: [CLIENT_AUTH.objectIdentifier],
    notAfter: new Date(Date.now() + 365 * 86_400_000),
    crlDistributionPointUrl: crlUrl(publicUrl, issuing.id, issuing.versionNumber),
    caIssuersUrl: caCertificateUrl(publicUrl, issuing.id, issuing.versionNumber),
  });
  const { summary } = certificate;
  return insertLeafCertificate(tenant.handle.db, {
    tenantId: tenant.tenantId,
    caId: issuing.id,
    serialNumber: summary.serialNumber,
    thumbprint: summary.thumbprint,
    subjectName: summary.subjectName,
    issuerName: summary.issuerName,
    sanSummary: subjectAlternativeNames.map((san) => `${san.type}:${san.value}`).join(', '),
    certificateDer: certificate.der,
    keyUsages: leafKeyUsages(undefined, spki),
    extendedKeyUsages: [CLIENT_AUTH.objectIdentifier],
    validityStartDateTime: summary.notBefore,
    validityEndDateTime: summary.notAfter,
    deviceId: devices.alicePc.id,
    deviceName: devices.alicePc.deviceName,
    devicePlatform: 'windows',
    userId: devices.alicePc.userId,
    userPrincipalName: devices.alicePc.userPrincipalName,
    profileId,
  });
}
