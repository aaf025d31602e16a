// The BYOCA upload rules against a real external root made in the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIssuingCertificate } from './build-issuing-certificate';
import { checkExternallySignedCertificate, type ExternalCertificateExpectations } from './check-externally-signed-certificate';
import { generateSerialNumber } from './serial-number';
import { signCertificate } from './sign-certificate';
import { buildSubjectName, formatSubjectName, type SubjectAttributes } from './subject-name';
import { createKeyStore, createRootCa, CRL_URL, ROOT_CERT_URL } from './test-support/test-ca';
import { x509 } from './x509';

const keyStore = createKeyStore();
const SUBJECT: SubjectAttributes = { commonName: 'Contoso BYO Issuing CA', organizationName: 'Contoso', countryName: 'US' };
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
let root: Awaited<ReturnType<typeof createRootCa>>;
let otherRoot: Awaited<ReturnType<typeof createRootCa>>;
let spki: ArrayBuffer;
let expected: ExternalCertificateExpectations;

function signByRoot(overrides: { subject?: SubjectAttributes; publicKeySpki?: ArrayBuffer; extendedKeyUsages?: string[]; validityYears?: number } = {}) {
  return buildIssuingCertificate({
    issuer: root.issuer,
    subject: overrides.subject ?? SUBJECT,
    subjectPublicKeySpki: overrides.publicKeySpki ?? spki,
    validityYears: overrides.validityYears ?? 2,
    extendedKeyUsages: overrides.extendedKeyUsages ?? [CLIENT_AUTH],
    crlDistributionPointUrl: CRL_URL,
    caIssuersUrl: ROOT_CERT_URL,
  });
}

beforeAll(async () => {
  root = await createRootCa(keyStore, 'rsa2048');
  otherRoot = await createRootCa(keyStore, 'rsa2048');
  ({ publicKeySpki: spki } = await keyStore.createKey({ kty: 'RSA', modulusLength: 2048 }));
  expected = { publicKeySpki: spki, subjectName: formatSubjectName(buildSubjectName(SUBJECT)), extendedKeyUsages: [CLIENT_AUTH] };
});

describe('checkExternallySignedCertificate', () => {
  it('accepts a CA certificate for the CA key, and returns the path up to the self-signed root', async () => {
    const signed = await signByRoot();
    const { certificate, issuers } = await checkExternallySignedCertificate(signed.der, [otherRoot.der, root.der], expected);
    expect(certificate.subject).toContain('Contoso BYO Issuing CA');
    expect(issuers).toHaveLength(1);
    expect(Buffer.from(issuers[0]!.rawData).equals(Buffer.from(root.der))).toBe(true);
  });

  it('refuses a certificate for another key', async () => {
    const { publicKeySpki } = await keyStore.createKey({ kty: 'RSA', modulusLength: 2048 });
    const signed = await signByRoot({ publicKeySpki });
    await expect(checkExternallySignedCertificate(signed.der, [root.der], expected)).rejects.toThrow(/does not carry this CA's public key/);
  });

  it('names both subjects when the signer changed the subject', async () => {
    const signed = await signByRoot({ subject: { commonName: 'Renamed CA' } });
    await expect(checkExternallySignedCertificate(signed.der, [root.der], expected)).rejects.toThrow(/subject is "CN=Renamed CA", but this CA requested "C=US,O=Contoso,CN=Contoso BYO Issuing CA"/);
  });

  it('refuses a certificate without BasicConstraints CA:TRUE', async () => {
    const now = new Date();
    const signed = await signCertificate({
      signer: root.issuer.signer,
      issuerName: new x509.X509Certificate(root.der).subjectName,
      subject: buildSubjectName(SUBJECT),
      publicKeySpki: spki,
      serialNumber: generateSerialNumber(),
      notBefore: now,
      notAfter: new Date(now.getTime() + 86_400_000),
      extensions: [new x509.BasicConstraintsExtension(false, undefined, true)],
    });
    await expect(checkExternallySignedCertificate(signed.der, [root.der], expected)).rejects.toThrow(/not a CA certificate/);
  });

  it('refuses a chain that does not reach a self-signed root', async () => {
    const signed = await signByRoot();
    await expect(checkExternallySignedCertificate(signed.der, [otherRoot.der], expected)).rejects.toThrow(/does not reach a self-signed root: add the certificate of "C=GB, O=Contoso, CN=Test Root CA"/);
  });

  it('refuses a certificate outside its validity', async () => {
    const signed = await signByRoot();
    const later = new Date(Date.now() + 3 * 365 * 86_400_000);
    await expect(checkExternallySignedCertificate(signed.der, [root.der], expected, later)).rejects.toThrow(/expired on/);
    const earlier = new Date(Date.now() - 86_400_000);
    await expect(checkExternallySignedCertificate(signed.der, [root.der], expected, earlier)).rejects.toThrow(/not valid until/);
  });

  it('refuses a certificate that lacks an extended key usage the CA asked for', async () => {
    const signed = await signByRoot({ extendedKeyUsages: ['1.3.6.1.5.5.7.3.1'] });
    await expect(checkExternallySignedCertificate(signed.der, [root.der], expected)).rejects.toThrow(/lacks the extended key usages 1\.3\.6\.1\.5\.5\.7\.3\.2/);
  });
});
