// A CRL listing a revoked leaf makes `openssl verify -crl_check` fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCrl } from './build-crl';
import { buildLeafCertificate } from './build-leaf-certificate';
import { derToPem } from './encodings';
import { createScratch, type Scratch } from './test-support/openssl';
import {
  createIssuingCa,
  createKeyStore,
  createRootCa,
  ISSUING_CERT_URL,
  ISSUING_CRL_URL,
} from './test-support/test-ca';
import { x509 } from './x509';

const keyStore = createKeyStore();
let scratch: Scratch;
let issuing: Awaited<ReturnType<typeof createIssuingCa>>;

async function issueLeaf(commonName: string) {
  const { publicKeySpki } = await keyStore.createKey({ kty: 'EC', namedCurve: 'P-256' });
  return buildLeafCertificate({
    issuer: issuing.issuer,
    subject: new x509.Name([{ CN: [commonName] }]),
    subjectPublicKeySpki: publicKeySpki,
    extendedKeyUsages: ['1.3.6.1.5.5.7.3.2'],
    notAfter: new Date(Date.now() + 30 * 86_400_000),
    crlDistributionPointUrl: ISSUING_CRL_URL,
    caIssuersUrl: ISSUING_CERT_URL,
  });
}

beforeAll(async () => {
  scratch = createScratch();
  const root = await createRootCa(keyStore, 'rsa2048');
  issuing = await createIssuingCa(keyStore, root, 'rsa2048');
  scratch.write('root.pem', derToPem(root.der, 'CERTIFICATE'));
  scratch.write('issuing.pem', derToPem(issuing.der, 'CERTIFICATE'));
});
afterAll(() => scratch.remove());

describe('buildCrl', () => {
  it('revokes a leaf for openssl, and leaves the others valid', async () => {
    const revoked = await issueLeaf('revoked-device');
    const good = await issueLeaf('good-device');
    const thisUpdate = new Date(Date.now() - 60_000);
    const crl = await buildCrl({
      issuer: issuing.issuer,
      thisUpdate,
      nextUpdate: new Date(thisUpdate.getTime() + 7 * 86_400_000),
      crlNumber: 5n,
      entries: [{ serialNumber: revoked.summary.serialNumber, revocationDate: thisUpdate, reason: 'keyCompromise' }],
    });
    scratch.write('crl.pem', derToPem(crl, 'X509 CRL'));
    scratch.write('revoked.pem', derToPem(revoked.der, 'CERTIFICATE'));
    scratch.write('good.pem', derToPem(good.der, 'CERTIFICATE'));

    const text = scratch.openssl(['crl', '-in', 'crl.pem', '-noout', '-text']);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/X509v3 CRL Number:\s+5/);
    expect(text.stdout).toContain('X509v3 Authority Key Identifier');
    expect(text.stdout).toContain(`Serial Number: ${revoked.summary.serialNumber}`);
    expect(text.stdout).toMatch(/X509v3 CRL Reason Code:\s+Key Compromise/);
    expect(text.stdout).toContain('Signature Algorithm: sha256WithRSAEncryption');
    const signature = scratch.openssl(['crl', '-in', 'crl.pem', '-noout', '-CAfile', 'issuing.pem']);
    expect(signature.stderr).toContain('verify OK');

    const verify = (leaf: string) =>
      scratch.openssl([
        'verify', '-crl_check', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', '-CRLfile', 'crl.pem', leaf,
      ]);
    const refused = verify('revoked.pem');
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toContain('certificate revoked');
    expect(verify('good.pem').stdout).toContain('good.pem: OK');
  });

  it('omits the reason for unspecified, lists no entries when empty, and takes large CRL numbers', async () => {
    const crl = await buildCrl({
      issuer: issuing.issuer,
      thisUpdate: new Date(),
      nextUpdate: new Date(Date.now() + 86_400_000),
      crlNumber: 2n ** 70n,
      entries: [],
    });
    const parsed = new x509.X509Crl(crl);
    expect(parsed.entries).toHaveLength(0);
    scratch.write('empty.pem', derToPem(crl, 'X509 CRL'));
    expect(scratch.openssl(['crl', '-in', 'empty.pem', '-noout', '-text']).stdout).toMatch(
      /CRL Number:\s+0x400000000000000000|CRL Number:\s+1180591620717411303424/,
    );
    const unspecified = await buildCrl({
      issuer: issuing.issuer,
      thisUpdate: new Date(),
      nextUpdate: new Date(Date.now() + 86_400_000),
      crlNumber: 1n,
      entries: [{ serialNumber: '4ABC', revocationDate: new Date(), reason: 'unspecified' }],
    });
    expect(new x509.X509Crl(unspecified).entries[0]?.reason).toBeUndefined();
    await expect(
      buildCrl({ issuer: issuing.issuer, thisUpdate: new Date(), nextUpdate: new Date(), crlNumber: -1n, entries: [] }),
    ).rejects.toThrow(/20 octets/);
  });

  it('signs with an ECC CA for openssl, and lists many entries for openssl', async () => {
    const eccRoot = await createRootCa(keyStore, 'eCP256');
    scratch.write('ecc-root.pem', derToPem(eccRoot.der, 'CERTIFICATE'));
    const revocationDate = new Date('2026-06-01T12:00:00.750Z');
    const entries = Array.from({ length: 12_345 }, (_, index) => ({
      serialNumber: (0x40_0000n + BigInt(index)).toString(16),
      revocationDate,
      reason: index % 2 ? ('superseded' as const) : undefined,
    }));
    const crl = await buildCrl({ issuer: eccRoot.issuer, thisUpdate: new Date(), nextUpdate: new Date(Date.now() + 86_400_000), crlNumber: 3n, entries });
    scratch.write('ecc.pem', derToPem(crl, 'X509 CRL'));
    const signature = scratch.openssl(['crl', '-in', 'ecc.pem', '-noout', '-CAfile', 'ecc-root.pem']);
    expect(signature.stderr).toContain('verify OK');
    const text = scratch.openssl(['crl', '-in', 'ecc.pem', '-noout', '-text']).stdout;
    expect(text).toContain('Signature Algorithm: ecdsa-with-SHA256');
    expect(text.match(/Serial Number: /g)).toHaveLength(12_345);
    expect(text.match(/CRL Reason Code:\s+Superseded/g)).toHaveLength(6_172);
    expect(text).toContain('Serial Number: 400001\n        Revocation Date: Jun  1 12:00:00 2026 GMT');
  });

  it('writes serials in minimal two’s-complement octets, times from 2050 as GeneralizedTime, and refuses a serial twice', async () => {
    const crl = await buildCrl({
      issuer: issuing.issuer,
      thisUpdate: new Date(),
      nextUpdate: new Date('2051-01-01T00:00:00Z'),
      crlNumber: 9n,
      entries: [
        { serialNumber: '00c0ffee', revocationDate: new Date() },
        { serialNumber: '0001', revocationDate: new Date() },
      ],
    });
    scratch.write('padded.pem', derToPem(crl, 'X509 CRL'));
    const text = scratch.openssl(['crl', '-in', 'padded.pem', '-noout', '-text']).stdout;
    expect(text).toContain('Serial Number: C0FFEE');
    expect(text).toContain('Serial Number: 01');
    expect(text).toContain('Next Update: Jan  1 00:00:00 2051 GMT');
    await expect(
      buildCrl({
        issuer: issuing.issuer,
        thisUpdate: new Date(),
        nextUpdate: new Date(Date.now() + 86_400_000),
        crlNumber: 10n,
        entries: [{ serialNumber: '00C0FFEE', revocationDate: new Date() }, { serialNumber: 'c0ffee', revocationDate: new Date() }],
      }),
    ).rejects.toThrow(/listed twice/);
  });
});
