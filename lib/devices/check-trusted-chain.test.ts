import { describe, expect, it } from 'vitest';
import { createTestKey, createTestPki, issueCertificate, type TestPki } from '@/lib/scep/scep-test-pki.test-helpers';
import { checkTrustedChain } from './check-trusted-chain';

// A minute ahead: the generator stamps notBefore with the time of issuance, after this module loads.
const NOW = new Date(Date.now() + 60_000);
const der = (certificate: { rawData: ArrayBuffer }) => new Uint8Array(certificate.rawData);

async function leafOf(pki: TestPki, options: { notBefore?: Date; notAfter?: Date } = {}) {
  const key = await createTestKey();
  return der(await issueCertificate(pki.issuing, 'CN=CONTOSO-LT-001', key.cryptoKeys.publicKey, options));
}

describe('checkTrustedChain', async () => {
  const pki = await createTestPki();
  const other = await createTestPki();
  const fromGetCaCert = [pki.issuing.der, pki.root.der];

  it('accepts a certificate that chains through the served issuing CA to a root the device trusts', async () => {
    const certificateDer = await leafOf(pki);
    expect(await checkTrustedChain({ certificateDer, trustStore: [pki.root.der], intermediates: fromGetCaCert, now: NOW })).toEqual({ ok: true });
    expect(await checkTrustedChain({ certificateDer, trustStore: [pki.root.der, pki.issuing.der], intermediates: [], now: NOW })).toEqual({ ok: true });
  });

  it('refuses when the root is only served by the SCEP server, not installed by a trust profile', async () => {
    const certificateDer = await leafOf(pki);
    expect(await checkTrustedChain({ certificateDer, trustStore: [pki.issuing.der], intermediates: fromGetCaCert, now: NOW })).toEqual({
      ok: false,
      reason: "the root 'CN=Test Root CA' is not in the device's trust store",
    });
  });

  it('refuses a certificate of an unknown root, and one whose issuer signature does not verify', async () => {
    const certificateDer = await leafOf(pki);
    expect(await checkTrustedChain({ certificateDer, trustStore: [other.root.der], intermediates: [], now: NOW })).toEqual({
      ok: false,
      reason: "no trusted root issued 'CN=Test Issuing CA'",
    });
    // Same issuer name, other key: the chain builder finds no issuer whose signature verifies.
    const forged = await leafOf(other);
    expect(await checkTrustedChain({ certificateDer: forged, trustStore: [pki.root.der], intermediates: fromGetCaCert, now: NOW })).toEqual({
      ok: false,
      reason: "no trusted root issued 'CN=Test Issuing CA'",
    });
  });

  it('refuses a certificate outside its validity period', async () => {
    const certificateDer = await leafOf(pki, { notBefore: new Date(NOW.getTime() - 2 * 86_400_000), notAfter: new Date(NOW.getTime() - 86_400_000) });
    expect(await checkTrustedChain({ certificateDer, trustStore: [pki.root.der], intermediates: fromGetCaCert, now: NOW })).toEqual({
      ok: false,
      reason: `'CN=CONTOSO-LT-001' is not valid on ${NOW.toISOString()}`,
    });
  });
});
