// The BYOCA's CSR, signed through the KeyStore and checked by openssl.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCaCertificateRequest } from './build-ca-certificate-request';
import { keyStoreSigner } from './certificate-signer';
import { derToPem } from './encodings';
import { caKeyProfileOf } from './key-specs';
import { createScratch, type Scratch } from './test-support/openssl';
import { createKeyStore } from './test-support/test-ca';

let scratch: Scratch;

beforeAll(async () => {
  scratch = createScratch();
  const keyStore = createKeyStore();
  const profile = caKeyProfileOf('rsa3072');
  const { keyUri } = await keyStore.createKey(profile.keySpec);
  const der = await buildCaCertificateRequest({
    signer: await keyStoreSigner(keyStore, keyUri, profile.signingAlgorithm),
    subject: { commonName: 'Contoso BYO Issuing CA', organizationName: 'Contoso', countryName: 'US' },
    extendedKeyUsages: ['1.3.6.1.5.5.7.3.2'],
  });
  scratch.write('ca.req', derToPem(der, 'CERTIFICATE REQUEST'));
});
afterAll(() => scratch.remove());

describe('buildCaCertificateRequest', () => {
  it('is a PKCS#10 request whose self-signature openssl verifies', () => {
    const result = scratch.openssl(['req', '-in', 'ca.req', '-noout', '-verify']);
    expect(result.status, result.stderr).toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/verify OK/i);
  });

  it('carries the subject and asks for the CA extensions', () => {
    const result = scratch.openssl(['req', '-in', 'ca.req', '-noout', '-text']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Subject: C\s?=\s?US, O\s?=\s?Contoso, CN\s?=\s?Contoso BYO Issuing CA/);
    expect(result.stdout).toMatch(/Public-Key: \(3072 bit\)/);
    expect(result.stdout).toMatch(/sha384WithRSAEncryption/);
    expect(result.stdout).toMatch(/Requested Extensions:/);
    expect(result.stdout).toMatch(/Basic Constraints: critical\s+CA:TRUE, pathlen:0/);
    expect(result.stdout).toMatch(/Key Usage: critical\s+Digital Signature, Certificate Sign, CRL Sign/);
    expect(result.stdout).toMatch(/TLS Web Client Authentication/);
  });
});
