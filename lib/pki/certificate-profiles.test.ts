// Root → issuing → RA/leaf with real keys, checked by openssl.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLeafCertificate } from './build-leaf-certificate';
import { buildRaCertificate } from './build-ra-certificate';
import { derToPem } from './encodings';
import { parseCertificationRequest } from './parse-certification-request';
import { createScratch, type Scratch } from './test-support/openssl';
import {
  createIssuingCa,
  createKeyStore,
  createRootCa,
  CRL_URL,
  ISSUING_CERT_URL,
  ISSUING_CRL_URL,
  ROOT_CERT_URL,
} from './test-support/test-ca';
import { x509 } from './x509';

const keyStore = createKeyStore();
let scratch: Scratch;
let root: Awaited<ReturnType<typeof createRootCa>>;
let issuing: Awaited<ReturnType<typeof createIssuingCa>>;

function text(name: string): string {
  const result = scratch.openssl(['x509', '-in', name, '-noout', '-text']);
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

beforeAll(async () => {
  scratch = createScratch();
  // The one RSA-4096 of the suite: the observed Cloud PKI root is RSA-4096 + SHA-512.
  root = await createRootCa(keyStore, 'rsa4096', 25);
  issuing = await createIssuingCa(keyStore, root, 'rsa4096', 10);
  scratch.write('root.pem', derToPem(root.der, 'CERTIFICATE'));
  scratch.write('issuing.pem', derToPem(issuing.der, 'CERTIFICATE'));
});
afterAll(() => scratch.remove());

describe('root CA certificate', () => {
  it('has the observed Cloud PKI root profile', () => {
    const out = text('root.pem');
    expect(out).toContain('Signature Algorithm: sha512WithRSAEncryption');
    expect(out).toContain('Public-Key: (4096 bit)');
    expect(out).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE, pathlen:1/);
    expect(out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Certificate Sign, CRL Sign/);
    expect(out).toMatch(/X509v3 Extended Key Usage:\s+TLS Web Server Authentication, TLS Web Client Authentication/);
    const ski = /X509v3 Subject Key Identifier:\s+([0-9A-F:]+)/.exec(out)?.[1];
    expect(ski).toBeDefined();
    expect(out).toMatch(new RegExp(`X509v3 Authority Key Identifier:\\s+(keyid:)?${ski}`));
    expect(out).not.toContain('CRL Distribution Points');
    expect(out).not.toContain('Authority Information Access');
    expect(out).toContain('Subject: C = GB, O = Contoso, CN = Test Root CA');
  });

  it('is valid for exactly the chosen years from now, and self-signed', () => {
    const { notBefore, notAfter } = root.summary;
    expect(Math.abs(notBefore.getTime() - Date.now())).toBeLessThan(60_000);
    expect(notAfter.getUTCFullYear() - notBefore.getUTCFullYear()).toBe(25);
    expect(notAfter.toISOString().slice(4)).toBe(notBefore.toISOString().slice(4));
    expect(scratch.openssl(['verify', '-CAfile', 'root.pem', 'root.pem']).stdout).toContain('root.pem: OK');
  });

  it('summarizes serial, thumbprint and subject in Graph shapes', () => {
    const fingerprint = scratch.openssl(['x509', '-in', 'root.pem', '-noout', '-fingerprint', '-sha1', '-serial'])
      .stdout;
    expect(fingerprint).toContain(`=${root.summary.thumbprint.replace(/(..)(?!$)/g, '$1:')}`);
    expect(fingerprint).toContain(`serial=${root.summary.serialNumber}`);
    expect(root.summary.serialNumber).toMatch(/^[0-9A-F]{32}$/);
    expect(root.summary.subjectName).toBe('C=GB,O=Contoso,CN=Test Root CA');
    expect(root.summary.issuerName).toBe(root.summary.subjectName);
  });
});

describe('issuing CA certificate', () => {
  it('is a pathlen-0 CA pointing at the root CRL and certificate', () => {
    const out = text('issuing.pem');
    expect(out).toContain('Signature Algorithm: sha512WithRSAEncryption');
    expect(out).toMatch(/X509v3 Basic Constraints: critical\s+CA:TRUE, pathlen:0/);
    expect(out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Certificate Sign, CRL Sign/);
    expect(out).toMatch(/X509v3 Extended Key Usage:\s+TLS Web Client Authentication/);
    expect(out).toMatch(new RegExp(`X509v3 CRL Distribution Points:\\s+Full Name:\\s+URI:${CRL_URL}`));
    expect(out).toMatch(new RegExp(`Authority Information Access:\\s+CA Issuers - URI:${ROOT_CERT_URL}`));
    const rootSki = /X509v3 Subject Key Identifier:\s+([0-9A-F:]+)/.exec(text('root.pem'))?.[1];
    expect(out).toMatch(new RegExp(`X509v3 Authority Key Identifier:\\s+(keyid:)?${rootSki}`));
    expect(issuing.summary.issuerName).toBe('C=GB,O=Contoso,CN=Test Root CA');
    const result = scratch.openssl(['verify', '-CAfile', 'root.pem', 'issuing.pem']);
    expect(result.stdout, result.stderr).toContain('issuing.pem: OK');
  });

  it('never outlives its root', async () => {
    const longer = await createIssuingCa(keyStore, await createRootCa(keyStore, 'eCP256', 5), 'eCP256', 10);
    expect(longer.summary.notAfter.getUTCFullYear() - longer.summary.notBefore.getUTCFullYear()).toBe(5);
  });

  it('refuses a signer whose key is not the issuer certificate key', async () => {
    const { publicKeySpki } = await keyStore.createKey({ kty: 'EC', namedCurve: 'P-256' });
    const mismatched = { signer: issuing.issuer.signer, certificate: root.der };
    await expect(
      buildLeafCertificate({
        issuer: mismatched,
        subject: new x509.Name([{ CN: ['x'] }]),
        subjectPublicKeySpki: publicKeySpki,
        extendedKeyUsages: [],
        notAfter: new Date(Date.now() + 86_400_000),
        crlDistributionPointUrl: ISSUING_CRL_URL,
        caIssuersUrl: ISSUING_CERT_URL,
      }),
    ).rejects.toThrow(/signer's key is not the key of the issuer certificate/);
  });
});

describe('SCEP RA certificate', () => {
  it('is an RSA end entity for signing and key transport, valid as long as the issuing CA', async () => {
    const { publicKeySpki } = await keyStore.createKey({ kty: 'RSA', modulusLength: 2048 });
    const ra = await buildRaCertificate({
      issuer: issuing.issuer,
      subject: { commonName: 'Test Issuing CA SCEP RA', organizationName: 'Contoso' },
      subjectPublicKeySpki: publicKeySpki,
      crlDistributionPointUrl: ISSUING_CRL_URL,
      caIssuersUrl: ISSUING_CERT_URL,
    });
    scratch.write('ra.pem', derToPem(ra.der, 'CERTIFICATE'));
    const out = text('ra.pem');
    expect(out).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
    expect(out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment/);
    expect(out).not.toContain('Extended Key Usage');
    expect(out).toContain(`URI:${ISSUING_CRL_URL}`);
    expect(out).toContain(`CA Issuers - URI:${ISSUING_CERT_URL}`);
    expect(ra.summary.notAfter).toEqual(issuing.summary.notAfter);
    const result = scratch.openssl(['verify', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', 'ra.pem']);
    expect(result.stdout, result.stderr).toContain('ra.pem: OK');
  });

  it('refuses an EC key', async () => {
    const { publicKeySpki } = await keyStore.createKey({ kty: 'EC', namedCurve: 'P-256' });
    await expect(
      buildRaCertificate({
        issuer: issuing.issuer,
        subject: { commonName: 'RA' },
        subjectPublicKeySpki: publicKeySpki,
        crlDistributionPointUrl: ISSUING_CRL_URL,
        caIssuersUrl: ISSUING_CERT_URL,
      }),
    ).rejects.toThrow(/RSA key/);
  });
});

describe('leaf certificate from an openssl CSR', () => {
  it('carries subject, SANs, key usage, EKUs, CDP and AIA, and verifies up to the root', async () => {
    scratch.openssl([
      'req', '-new', '-newkey', 'rsa:2048', '-nodes', '-keyout', 'leaf.key', '-out', 'leaf.csr',
      '-subj', '/CN=DESKTOP-01/O=Contoso',
      '-addext',
      [
        'subjectAltName=DNS:desktop-01.contoso.test',
        'email:alex@contoso.test',
        'URI:urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
        'otherName:1.3.6.1.4.1.311.20.2.3;UTF8:alex@contoso.test',
      ].join(','),
    ]);
    const csr = await parseCertificationRequest(scratch.openssl(['req', '-in', 'leaf.csr']).stdout);
    const notAfter = new Date(Date.now() + 365 * 86_400_000);
    const leaf = await buildLeafCertificate({
      issuer: issuing.issuer,
      subject: csr.subjectDer,
      subjectPublicKeySpki: csr.publicKeySpki,
      subjectAlternativeNames: csr.subjectAlternativeNames,
      extendedKeyUsages: ['1.3.6.1.5.5.7.3.2'],
      notAfter,
      crlDistributionPointUrl: ISSUING_CRL_URL,
      caIssuersUrl: ISSUING_CERT_URL,
    });
    scratch.write('leaf.pem', derToPem(leaf.der, 'CERTIFICATE'));
    const out = text('leaf.pem');
    expect(out).toContain('Subject: CN = DESKTOP-01, O = Contoso');
    expect(out).toMatch(/X509v3 Basic Constraints: critical\s+CA:FALSE/);
    expect(out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature, Key Encipherment/);
    expect(out).toMatch(/X509v3 Extended Key Usage:\s+TLS Web Client Authentication/);
    expect(out).toContain(
      [
        'DNS:desktop-01.contoso.test',
        'email:alex@contoso.test',
        'URI:urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e',
        'othername: UPN::alex@contoso.test',
      ].join(', '),
    );
    expect(out).toContain('X509v3 Subject Key Identifier');
    expect(out).toContain('X509v3 Authority Key Identifier');
    expect(out).toContain(`URI:${ISSUING_CRL_URL}`);
    expect(out).toContain(`CA Issuers - URI:${ISSUING_CERT_URL}`);
    expect(leaf.summary.notAfter.getTime()).toBe(Math.floor(notAfter.getTime() / 1000) * 1000);
    // Its own issue time backdated ten minutes, even when that is before the issuing CA became valid: openssl
    // checks each certificate's validity on its own.
    expect(Date.now() - leaf.summary.notBefore.getTime()).toBeGreaterThanOrEqual(600_000);
    expect(Date.now() - leaf.summary.notBefore.getTime()).toBeLessThan(660_000 + 60_000);
    expect(leaf.summary.notBefore.getTime()).toBeLessThan(issuing.summary.notBefore.getTime());
    const result = scratch.openssl(['verify', '-CAfile', 'root.pem', '-untrusted', 'issuing.pem', 'leaf.pem']);
    expect(result.stdout, result.stderr).toContain('leaf.pem: OK');
  });

  it('clamps notAfter to the issuing CA and backdates notBefore by ten minutes', async () => {
    const { publicKeySpki } = await keyStore.createKey({ kty: 'EC', namedCurve: 'P-256' });
    const now = new Date(Date.now() + 3_600_000);
    const leaf = await buildLeafCertificate({
      issuer: issuing.issuer,
      subject: new x509.Name([{ CN: ['ec-device'] }]),
      subjectPublicKeySpki: publicKeySpki,
      keyUsages: ['digitalSignature', 'keyEncipherment'],
      extendedKeyUsages: [],
      notAfter: new Date('2099-01-01T00:00:00Z'),
      crlDistributionPointUrl: ISSUING_CRL_URL,
      caIssuersUrl: ISSUING_CERT_URL,
      now,
    });
    expect(leaf.summary.notAfter).toEqual(issuing.summary.notAfter);
    expect(leaf.summary.notBefore.getTime()).toBe(Math.floor((now.getTime() - 600_000) / 1000) * 1000);
    scratch.write('ec-leaf.pem', derToPem(leaf.der, 'CERTIFICATE'));
    const out = text('ec-leaf.pem');
    // RFC 5480 §3: no keyEncipherment on an EC key, even when the profile asks for it.
    expect(out).toMatch(/X509v3 Key Usage: critical\s+Digital Signature\n/);
    expect(out).not.toContain('Extended Key Usage');
  });
});
