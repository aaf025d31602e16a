import { describe, expect, it } from 'vitest';
import { ZCreateCertificationAuthority, ZUpdateCertificationAuthority } from './certification-authority';

const clientAuth = { name: 'Client Authentication', objectIdentifier: '1.3.6.1.5.5.7.3.2' };
const root = {
  displayName: 'Contoso Root',
  cloudCertificationAuthorityType: 'rootCertificationAuthority',
  validityPeriodInYears: 25,
  certificateKeySize: 'rsa4096',
  commonName: 'Contoso Root CA',
  countryName: 'us',
  extendedKeyUsages: [clientAuth],
};
const issuing = {
  displayName: 'Contoso Issuing',
  cloudCertificationAuthorityType: 'issuingCertificationAuthority',
  certificationAuthorityIssuerId: '0b7b3c55-6f1f-4d8e-9a43-6f0f6e0f2b1a',
  validityPeriodInYears: 5,
  commonName: 'Contoso Issuing CA',
  extendedKeyUsages: [clientAuth],
};

const messagesOf = (input: unknown) => {
  const result = ZCreateCertificationAuthority.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('ZCreateCertificationAuthority', () => {
  it('accepts a root CA, upper-cases the country and defaults the scope tag', () => {
    const parsed = ZCreateCertificationAuthority.parse(root);
    expect(parsed).toMatchObject({ countryName: 'US', roleScopeTagIds: ['0'] });
  });

  it('accepts an issuing CA without key size: it inherits the root one', () => {
    expect(messagesOf(issuing)).toEqual([]);
  });

  it.each([
    [{ ...root, displayName: ' ' }, 'displayName: Name is required'],
    [{ ...root, commonName: '' }, 'commonName: Common name is required'],
    [{ ...root, commonName: 'x'.repeat(65) }, 'commonName: At most 64 characters'],
    [{ ...root, countryName: 'USA' }, 'countryName: Country must be exactly two letters, e.g. US'],
    [{ ...root, validityPeriodInYears: 7 }, 'validityPeriodInYears: Validity must be one of 5, 10, 15, 20, 25 years'],
    [{ ...issuing, validityPeriodInYears: 25 }, 'validityPeriodInYears: Validity must be one of 2, 4, 5, 6, 8, 10 years'],
    [{ ...root, certificateKeySize: 'rsa1024' }, 'certificateKeySize: Choose a key size and algorithm'],
    [{ ...root, cloudCertificationAuthorityHashingAlgorithm: 'sha256' }, 'cloudCertificationAuthorityHashingAlgorithm: The hash algorithm is paired with the key size'],
    [{ ...root, extendedKeyUsages: [] }, 'extendedKeyUsages: Add at least one extended key usage'],
    [{ ...root, extendedKeyUsages: [{ name: 'Any', objectIdentifier: '2.5.29.37.0' }] }, 'extendedKeyUsages.0.objectIdentifier: Any Purpose and Any App Policy are not allowed on Cloud PKI certificates'],
    [{ ...root, extendedKeyUsages: [{ name: 'Any app', objectIdentifier: '1.3.6.1.4.1.311.10.12.1' }] }, 'extendedKeyUsages.0.objectIdentifier: Any Purpose and Any App Policy are not allowed on Cloud PKI certificates'],
    [{ ...root, extendedKeyUsages: [{ name: 'Bad', objectIdentifier: '1.3.06' }] }, 'extendedKeyUsages.0.objectIdentifier: Enter an object identifier such as 1.3.6.1.5.5.7.3.2'],
    [
      { ...root, extendedKeyUsages: [clientAuth, { name: 'Again', objectIdentifier: clientAuth.objectIdentifier }] },
      `extendedKeyUsages.1.objectIdentifier: ${clientAuth.objectIdentifier} is already extended key usage 1: each object identifier may appear only once`,
    ],
    [{ ...issuing, certificationAuthorityIssuerId: undefined }, 'certificationAuthorityIssuerId: Choose the root CA'],
  ])('refuses %j with "%s"', (input, message) => {
    expect(messagesOf(input)).toContain(message);
  });

  it('accepts ECC only through the API (not a portal option) and pairs its hash', () => {
    expect(messagesOf({ ...root, certificateKeySize: 'eCP384', cloudCertificationAuthorityHashingAlgorithm: 'sha384' })).toEqual([]);
  });
});

describe('ZUpdateCertificationAuthority', () => {
  it('accepts only what can change after creation', () => {
    expect(ZUpdateCertificationAuthority.safeParse({ displayName: 'Renamed', roleScopeTagIds: ['0'] }).success).toBe(true);
    expect(ZUpdateCertificationAuthority.safeParse({ commonName: 'Other CN' }).success).toBe(false);
  });

  it('clears the description with null or an empty string, and keeps it when left out', () => {
    expect(ZUpdateCertificationAuthority.parse({ description: null })).toEqual({ description: null });
    expect(ZUpdateCertificationAuthority.parse({ description: '  ' })).toEqual({ description: null });
    expect(ZUpdateCertificationAuthority.parse({ description: ' Issues VPN certificates ' })).toEqual({ description: 'Issues VPN certificates' });
    expect(ZUpdateCertificationAuthority.parse({ displayName: 'Renamed' })).not.toHaveProperty('description');
  });
});
