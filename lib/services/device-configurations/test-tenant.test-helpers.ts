// A tenant for the service tests, in an in-memory PGlite: a real root and issuing CA (Client Authentication only),
// Alice with her Windows PC and iPhone, a kiosk, and the groups "Sales users" (Alice) and "Sales devices" (her PC).
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import { createDatabase, IN_MEMORY } from '@/lib/db/create-database';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';
import type { DatabaseHandle } from '@/lib/db/database';
import { insertCertificationAuthority, type CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { addGroupMember, insertGroup } from '@/lib/db/repositories/groups';
import { insertManagedDevice, type ManagedDeviceRow } from '@/lib/db/repositories/managed-devices';
import { insertTenant } from '@/lib/db/repositories/tenants';
import { insertUser } from '@/lib/db/repositories/users';
import { grantsOf } from '@/lib/auth/permission-grants';
import { ALL_PERMISSIONS } from '@/lib/auth/permissions';
import type { CertificateIssuer } from '@/lib/pki/certificate-issuer';
import { createIssuingCa, createKeyStore, createRootCa } from '@/lib/pki/test-support/test-ca';
import { scepServerUrlTemplate } from '@/lib/cloud-pki-urls';
import { ZCreateDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import { rootCertificateBindOf } from '@/lib/schemas/device-configuration/root-certificate-bind';
import { createDeviceConfiguration } from './create-device-configuration';

export const CLIENT_AUTH = { name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' };

export interface TestTenant {
  handle: DatabaseHandle;
  principal: ScopedPrincipal;
  tenantId: string;
  root: CertificationAuthorityRow;
  issuing: CertificationAuthorityRow;
  rootDer: Uint8Array;
  issuingDer: Uint8Array;
  /** Signs as the issuing CA, e.g. a device's leaf certificate. */
  issuingIssuer: CertificateIssuer;
  devices: { alicePc: ManagedDeviceRow; aliceIphone: ManagedDeviceRow; kiosk: ManagedDeviceRow };
  groups: { salesUsers: string; salesDevices: string };
}

const caValues = (tenantId: string, issued: { der: Uint8Array<ArrayBuffer>; summary: { serialNumber: string; thumbprint: string; subjectName: string; notBefore: Date; notAfter: Date } }) => ({
  tenantId,
  status: 'active' as const,
  validityPeriodInYears: 5,
  certificateKeySize: 'rsa2048',
  hashingAlgorithm: 'sha256',
  subjectName: issued.summary.subjectName,
  extendedKeyUsages: [CLIENT_AUTH],
  roleScopeTagIds: ['0'],
  keyUri: 'software:test',
  keyPlatform: 'software' as const,
  certificateDer: issued.der,
  serialNumber: issued.summary.serialNumber,
  thumbprint: issued.summary.thumbprint,
  validityStartDateTime: issued.summary.notBefore,
  validityEndDateTime: issued.summary.notAfter,
});

export async function createTestTenant(): Promise<TestTenant> {
  const handle = await createDatabase({ dataDir: IN_MEMORY });
  const db = handle.db;
  const tenantId = (await insertTenant(db, { displayName: 'Contoso' })).id;
  const keyStore = createKeyStore();
  const rootCa = await createRootCa(keyStore, 'rsa2048');
  const issuingCa = await createIssuingCa(keyStore, rootCa, 'rsa2048');
  const root = await insertCertificationAuthority(db, {
    ...caValues(tenantId, rootCa),
    displayName: 'Contoso Root',
    caType: 'rootCertificationAuthority',
    commonName: 'Test Root CA',
  });
  const issuing = await insertCertificationAuthority(db, {
    ...caValues(tenantId, issuingCa),
    displayName: 'Contoso Issuing',
    caType: 'issuingCertificationAuthority',
    issuerId: root.id,
    commonName: 'Test Issuing CA',
  });

  const alice = await insertUser(db, { tenantId, userPrincipalName: 'alice@contoso.local', displayName: 'Alice' });
  const device = (deviceName: string, devicePlatform: 'windows' | 'ios', userId: string | null) =>
    insertManagedDevice(db, {
      tenantId,
      deviceName,
      operatingSystem: devicePlatform === 'windows' ? 'Windows' : 'iOS',
      devicePlatform,
      osVersion: '1',
      serialNumber: deviceName,
      azureAdDeviceId: crypto.randomUUID(),
      userId,
      userPrincipalName: userId ? alice.userPrincipalName : null,
    });
  const devices = {
    alicePc: await device('ALICE-PC', 'windows', alice.id),
    aliceIphone: await device('Alice iPhone', 'ios', alice.id),
    kiosk: await device('KIOSK', 'windows', null),
  };
  const salesUsers = await insertGroup(db, { tenantId, displayName: 'Sales users', mailNickname: 'sales-users' });
  const salesDevices = await insertGroup(db, { tenantId, displayName: 'Sales devices', mailNickname: 'sales-devices' });
  await addGroupMember(db, { groupId: salesUsers.id, memberId: alice.id, memberType: 'user' });
  await addGroupMember(db, { groupId: salesDevices.id, memberId: devices.alicePc.id, memberType: 'device' });

  const principal: ScopedPrincipal = {
    id: crypto.randomUUID(),
    name: 'Portal administrator',
    userPrincipalName: 'admin@contoso.local',
    tenantId,
    roles: ['CloudPKI.Admin'],
    groupIds: [],
    grants: grantsOf([{ permissions: ALL_PERMISSIONS, scope: 'all' }]),
    permissions: ALL_PERMISSIONS,
    isApplication: false,
    tenantScope: wholeTenant(tenantId),
  };
  return {
    handle,
    principal,
    tenantId,
    root,
    issuing,
    rootDer: rootCa.der,
    issuingDer: issuingCa.der,
    issuingIssuer: issuingCa.issuer,
    devices,
    groups: { salesUsers: salesUsers.id, salesDevices: salesDevices.id },
  };
}

export const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

/** Creates a Windows trusted certificate profile through the service, as POST does. */
export async function createTrustProfile(tenant: TestTenant, displayName: string, der: Uint8Array, platform = 'windows81') {
  const odataType = platform === 'windows81' ? '#microsoft.graph.windows81TrustedRootCertificate' : `#microsoft.graph.${platform}TrustedRootCertificate`;
  const body = ZCreateDeviceConfiguration.parse({ '@odata.type': odataType, displayName, trustedRootCertificate: base64(der) });
  return createDeviceConfiguration(tenant.handle.db, tenant.principal, body);
}

/** The Graph body of a Windows device-certificate SCEP profile on the tenant's issuing CA. */
export function scepBody(tenant: TestTenant, rootProfileId: string, extra: Record<string, unknown> = {}) {
  return {
    '@odata.type': '#microsoft.graph.windows81SCEPCertificateProfile',
    displayName: 'Win SCEP',
    certificateStore: 'machine',
    extendedKeyUsages: [CLIENT_AUTH],
    scepServerUrls: [scepServerUrlTemplate(tenant.tenantId, tenant.issuing.id)],
    'rootCertificate@odata.bind': rootCertificateBindOf(rootProfileId),
    ...extra,
  };
}

export async function createScepProfile(tenant: TestTenant, rootProfileId: string, extra: Record<string, unknown> = {}) {
  return createDeviceConfiguration(tenant.handle.db, tenant.principal, ZCreateDeviceConfiguration.parse(scepBody(tenant, rootProfileId, extra)));
}

export const group = (groupId: string) => ({ '@odata.type': '#microsoft.graph.groupAssignmentTarget' as const, groupId });
