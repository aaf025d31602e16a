import { describe, expect, it } from 'vitest';
import {
  certificateValidityEnd,
  checkScepProfileAgainstCa,
  type ScepCaCheckContext,
  type ScepCertificationAuthorityFacts,
  type ScepProfileCaFields,
} from './check-scep-profile-against-ca';

const TENANT = '6c2f0d0e-0000-4000-8000-00000000000a';
const ISSUING = '6c2f0d0e-0000-4000-8000-0000000000b1';
const ROOT = '6c2f0d0e-0000-4000-8000-0000000000c1';
const scepUrl = (caId: string, tenantId = TENANT, origin = 'https://{{CloudPKIFQDN}}') =>
  `${origin}/TrafficGateway/PassThroughRoutingService/CloudPki/CloudPkiService/Scep/${tenantId}/${caId}`;

const clientAuth = { name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' };
const serverAuth = { name: 'Server Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.1' };

const issuing: ScepCertificationAuthorityFacts = {
  id: ISSUING,
  displayName: 'Contoso Issuing',
  cloudCertificationAuthorityType: 'issuingCertificationAuthority',
  certificationAuthorityStatus: 'active',
  certificateKeySize: 'rsa2048',
  extendedKeyUsages: [{ name: 'Client auth', objectIdentifier: clientAuth.objectIdentifier }],
  validityEndDateTime: '2028-06-30T00:00:00Z',
};
const root: ScepCertificationAuthorityFacts = { ...issuing, id: ROOT, displayName: 'Contoso Root', cloudCertificationAuthorityType: 'rootCertificationAuthority' };

const context = (ca: Partial<ScepCertificationAuthorityFacts> = {}): ScepCaCheckContext => ({
  tenantId: TENANT,
  certificationAuthorities: [{ ...issuing, ...ca }, root],
  now: new Date('2026-07-01T00:00:00Z'),
  portalOrigins: ['https://pki.contoso.com'],
});

const sound: ScepProfileCaFields = {
  keySize: 'size2048',
  hashAlgorithm: 'sha2',
  extendedKeyUsages: [clientAuth],
  certificateValidityPeriodValue: 1,
  certificateValidityPeriodScale: 'years',
  scepServerUrls: [scepUrl(ISSUING)],
};

const check = (profile: Partial<ScepProfileCaFields>, ca: Partial<ScepCertificationAuthorityFacts> = {}) =>
  checkScepProfileAgainstCa({ ...sound, ...profile }, context(ca)).map(({ field, message }) => `${field}: ${message}`);

describe('checkScepProfileAgainstCa', () => {
  it.each<[string, Partial<ScepProfileCaFields>, Partial<ScepCertificationAuthorityFacts>]>([
    ['a profile within its issuing CA', {}, {}],
    ['4096-bit keys under an RSA-4096 CA', { keySize: 'size4096' }, { certificateKeySize: 'rsa4096' }],
    ['any RSA size under an ECC CA', { keySize: 'size4096' }, { certificateKeySize: 'eCP384' }],
    ['a validity ending the day the CA does', { certificateValidityPeriodValue: 729, certificateValidityPeriodScale: 'days' }, {}],
    ['the resolved portal URL instead of {{CloudPKIFQDN}}', { scepServerUrls: [scepUrl(ISSUING, TENANT, 'https://pki.contoso.com')] }, {}],
    ['upper-case ids in the URL', { scepServerUrls: [scepUrl(ISSUING.toUpperCase(), TENANT.toUpperCase())] }, {}],
    ['a paused CA (the assign check reports it)', {}, { certificationAuthorityStatus: 'paused' }],
    ['a half-filled wizard', { keySize: undefined, extendedKeyUsages: undefined, certificateValidityPeriodValue: undefined }, {}],
    ['no SCEP URL yet', { scepServerUrls: [] }, {}],
  ])('accepts %s', (_label, profile, ca) => {
    expect(check(profile, ca)).toEqual([]);
  });

  it.each<[string, Partial<ScepProfileCaFields>, Partial<ScepCertificationAuthorityFacts>, string[]]>([
    [
      'an EKU the CA does not have',
      { extendedKeyUsages: [clientAuth, serverAuth] },
      {},
      ["extendedKeyUsages: Server Authentication (1.3.6.1.5.5.7.3.1) is not on the issuing CA 'Contoso Issuing', which has Client auth (1.3.6.1.5.5.7.3.2)"],
    ],
    [
      'Any Purpose',
      { extendedKeyUsages: [{ name: 'Any', objectIdentifier: '2.5.29.37.0' }] },
      {},
      ['extendedKeyUsages: Any Purpose (2.5.29.37.0) cannot be used with a Cloud PKI certification authority'],
    ],
    [
      'Any App Policy',
      { extendedKeyUsages: [{ name: 'Any app', objectIdentifier: '1.3.6.1.4.1.311.10.12.1' }] },
      {},
      ['extendedKeyUsages: Any App Policy (1.3.6.1.4.1.311.10.12.1) cannot be used with a Cloud PKI certification authority'],
    ],
    ['1024-bit keys', { keySize: 'size1024' }, { certificateKeySize: 'rsa4096' }, ['keySize: 1024-bit keys are not supported with Cloud PKI: choose 2048 or 4096']],
    [
      'a key larger than the CA key',
      { keySize: 'size4096' },
      { certificateKeySize: 'rsa3072' },
      ["keySize: 4096-bit keys are larger than the RSA-3072 key of the issuing CA 'Contoso Issuing': choose 2048 bits"],
    ],
    ['SHA-1', { hashAlgorithm: 'sha1' }, {}, ['hashAlgorithm: SHA-1 is not supported with Cloud PKI: choose SHA-2']],
    [
      'a certificate outliving the CA',
      { certificateValidityPeriodValue: 3 },
      {},
      ["certificateValidityPeriodValue: A certificate valid for 3 years would outlive the issuing CA 'Contoso Issuing', which expires on 2028-06-30: choose a shorter validity period"],
    ],
    [
      'months past the CA end',
      { certificateValidityPeriodValue: 25, certificateValidityPeriodScale: 'months' },
      {},
      ["certificateValidityPeriodValue: A certificate valid for 25 months would outlive the issuing CA 'Contoso Issuing', which expires on 2028-06-30: choose a shorter validity period"],
    ],
    [
      'an NDES URL',
      { scepServerUrls: ['https://ndes.contoso.com/certsrv/mscep/mscep.dll'] },
      {},
      ["scepServerUrls: This is not a Cloud PKI SCEP URI: copy the SCEP URI from the issuing CA's properties (Tenant administration › Cloud PKI)"],
    ],
    [
      "another tenant's SCEP URI",
      { scepServerUrls: [scepUrl(ISSUING, '6c2f0d0e-0000-4000-8000-0000000000ff')] },
      {},
      ['scepServerUrls: This SCEP URI belongs to another tenant: use the SCEP URI of an issuing CA of this tenant'],
    ],
    [
      'an unknown CA',
      { scepServerUrls: [scepUrl('6c2f0d0e-0000-4000-8000-0000000000ee')] },
      {},
      ['scepServerUrls: No CA of this tenant has this SCEP URI: it may have been deleted. Copy the SCEP URI of an issuing CA'],
    ],
    [
      'a root CA',
      { scepServerUrls: [scepUrl(ROOT)] },
      {},
      ["scepServerUrls: 'Contoso Root' is a root CA, which does not issue certificates to devices: use the SCEP URI of an issuing CA"],
    ],
    [
      'a revoked CA',
      {},
      { certificationAuthorityStatus: 'revoked' },
      ["scepServerUrls: The issuing CA 'Contoso Issuing' is revoked and can no longer issue certificates: use the SCEP URI of an active issuing CA"],
    ],
    [
      'several problems at once, CA-independent ones first',
      { keySize: 'size1024', hashAlgorithm: 'sha1', extendedKeyUsages: [serverAuth] },
      {},
      [
        'keySize: 1024-bit keys are not supported with Cloud PKI: choose 2048 or 4096',
        'hashAlgorithm: SHA-1 is not supported with Cloud PKI: choose SHA-2',
        "extendedKeyUsages: Server Authentication (1.3.6.1.5.5.7.3.1) is not on the issuing CA 'Contoso Issuing', which has Client auth (1.3.6.1.5.5.7.3.2)",
      ],
    ],
  ])('refuses %s', (_label, profile, ca, messages) => {
    expect(check(profile, ca)).toEqual(messages);
  });

  it('counts months and years on the calendar', () => {
    const now = new Date('2026-01-31T12:00:00Z');
    expect(certificateValidityEnd(now, 1, 'years').toISOString()).toBe('2027-01-31T12:00:00.000Z');
    expect(certificateValidityEnd(now, 10, 'days').toISOString()).toBe('2026-02-10T12:00:00.000Z');
    expect(certificateValidityEnd(now, 2, 'months').toISOString()).toBe('2026-03-31T12:00:00.000Z');
  });
});
