// Row builders for the repository tests: valid values with unique serials, overridable per test.
import { randomBytes, randomUUID } from 'node:crypto';
import type { NewCertificationAuthority } from '../repositories/certification-authorities';
import type { NewLeafCertificate } from '../repositories/leaf-certificates';

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function newRootValues(tenantId: string, overrides: Partial<NewCertificationAuthority> = {}): NewCertificationAuthority {
  const commonName = overrides.commonName ?? `Contoso Root ${hex(3)}`;
  return {
    tenantId,
    displayName: commonName,
    caType: 'rootCertificationAuthority',
    status: 'active',
    validityPeriodInYears: 10,
    certificateKeySize: 'rsa2048',
    hashingAlgorithm: 'sha256',
    commonName,
    countryName: 'US',
    subjectName: `C=US, CN=${commonName}`,
    extendedKeyUsages: [{ name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' }],
    roleScopeTagIds: ['0'],
    keyUri: `software:${randomUUID()}`,
    keyPlatform: 'software',
    certificateDer: new Uint8Array(randomBytes(64)),
    serialNumber: hex(16),
    thumbprint: hex(20),
    validityStartDateTime: new Date('2026-01-01T00:00:00.000Z'),
    validityEndDateTime: new Date('2036-01-01T00:00:00.000Z'),
    ...overrides,
  };
}

export function newLeafValues(
  tenantId: string,
  caId: string,
  overrides: Partial<NewLeafCertificate> = {},
): NewLeafCertificate {
  return {
    tenantId,
    caId,
    serialNumber: hex(16),
    thumbprint: hex(20),
    subjectName: `CN=device-${hex(3)}`,
    issuerName: 'CN=Contoso Issuing',
    sanSummary: null,
    certificateDer: new Uint8Array(randomBytes(48)),
    keyUsages: ['DigitalSignature', 'KeyEncipherment'],
    extendedKeyUsages: ['1.3.6.1.5.5.7.3.2'],
    validityStartDateTime: new Date('2026-01-01T00:00:00.000Z'),
    validityEndDateTime: new Date('2027-01-01T00:00:00.000Z'),
    ...overrides,
  };
}
