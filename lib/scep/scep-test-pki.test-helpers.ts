// Test-only PKI: a root, an issuing CA and an RA certificate made with @peculiar/x509, an RA port over a
// node:crypto key, and a fake ScepAuthority that issues from the CSR. Nothing here ships.
import 'reflect-metadata';
import { constants, generateKeyPair, privateDecrypt, sign, webcrypto, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import * as x509 from '@peculiar/x509';
import * as pkijs from 'pkijs';
import type { RegistrationAuthority } from './registration-authority';
import type { CaCertificates, EnrollmentRequest, EnrollmentResult, PollRequest, ScepAuthority } from './scep-authority';

const crypto = webcrypto as unknown as Crypto;
x509.cryptoProvider.set(crypto);
pkijs.setEngine('node', new pkijs.CryptoEngine({ name: 'node', crypto }));

export interface TestKey {
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The same key as WebCrypto RSASSA-PKCS1-v1_5/SHA-256, for x509 and pkijs. */
  readonly cryptoKeys: CryptoKeyPair;
  readonly privateKeyPem: string;
}

export interface TestCertificate {
  readonly certificate: x509.X509Certificate;
  readonly key: TestKey;
  readonly der: Uint8Array;
  readonly pem: string;
}

export async function createTestKey(): Promise<TestKey> {
  const { privateKey, publicKey } = await promisify(generateKeyPair)('rsa', { modulusLength: 2048 });
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const cryptoKeys = {
    privateKey: await crypto.subtle.importKey('pkcs8', privateKey.export({ type: 'pkcs8', format: 'der' }), algorithm, true, ['sign']),
    publicKey: await crypto.subtle.importKey('spki', publicKey.export({ type: 'spki', format: 'der' }), algorithm, true, ['verify']),
  };
  return { privateKey, publicKey, cryptoKeys, privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export function toTestCertificate(certificate: x509.X509Certificate, key: TestKey): TestCertificate {
  return { certificate, key, der: new Uint8Array(certificate.rawData), pem: certificate.toString('pem') };
}

export async function createSelfSigned(key: TestKey, name: string, extensions: x509.Extension[] = []): Promise<TestCertificate> {
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({ name, keys: key.cryptoKeys, extensions });
  return toTestCertificate(certificate, key);
}

export async function issueCertificate(
  issuer: TestCertificate,
  subject: string,
  publicKey: x509.PublicKeyType,
  options: { extensions?: x509.Extension[]; notBefore?: Date; notAfter?: Date } = {},
): Promise<x509.X509Certificate> {
  return x509.X509CertificateGenerator.create({
    subject,
    issuer: issuer.certificate.subject,
    publicKey,
    signingKey: issuer.key.cryptoKeys.privateKey,
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate), ...(options.extensions ?? [])],
    notBefore: options.notBefore,
    notAfter: options.notAfter,
  });
}

/** RFC 8017 §7.2.2 step 3, without implicit rejection: tests only — the KeyStore adapter must not throw on bad padding. */
function removePkcs1Padding(block: Buffer): Buffer {
  const separator = block.indexOf(0, 2);
  if (block[0] !== 0 || block[1] !== 2 || separator < 10) throw new Error('bad PKCS#1 v1.5 padding');
  return block.subarray(separator + 1);
}

function softwareRegistrationAuthority(certificateDer: Uint8Array, privateKey: KeyObject): RegistrationAuthority {
  return {
    certificateDer,
    async decryptKey(algorithm, encryptedKey) {
      if (algorithm.name === 'RSA-OAEP') {
        const oaepHash = algorithm.hash.replace('-', '').toLowerCase();
        return privateDecrypt({ key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash }, encryptedKey);
      }
      return removePkcs1Padding(privateDecrypt({ key: privateKey, padding: constants.RSA_NO_PADDING }, encryptedKey));
    },
    async sign(hash, data) {
      return sign(hash.replace('-', '').toLowerCase(), data, privateKey);
    },
  };
}

export interface TestPki {
  readonly root: TestCertificate;
  readonly issuing: TestCertificate;
  readonly ra: TestCertificate;
  readonly registrationAuthority: RegistrationAuthority;
}

export async function createTestPki(): Promise<TestPki> {
  const [rootKey, issuingKey, raKey] = await Promise.all([createTestKey(), createTestKey(), createTestKey()]);
  const caUsages = x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign;
  const root = await createSelfSigned(rootKey, 'CN=Test Root CA', [
    new x509.BasicConstraintsExtension(true, undefined, true),
    new x509.KeyUsagesExtension(caUsages, true),
    await x509.SubjectKeyIdentifierExtension.create(rootKey.cryptoKeys.publicKey),
  ]);
  const issuingCertificate = await issueCertificate(root, 'CN=Test Issuing CA', issuingKey.cryptoKeys.publicKey, {
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(caUsages, true),
      await x509.SubjectKeyIdentifierExtension.create(issuingKey.cryptoKeys.publicKey),
    ],
  });
  const issuing = toTestCertificate(issuingCertificate, issuingKey);
  const raCertificate = await issueCertificate(issuing, 'CN=Test SCEP RA', raKey.cryptoKeys.publicKey, {
    extensions: [
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true),
      await x509.SubjectKeyIdentifierExtension.create(raKey.cryptoKeys.publicKey),
    ],
  });
  const ra = toTestCertificate(raCertificate, raKey);
  return { root, issuing, ra, registrationAuthority: softwareRegistrationAuthority(ra.der, raKey.privateKey) };
}

export interface FakeAuthority extends ScepAuthority {
  readonly enrollments: EnrollmentRequest[];
  readonly polls: PollRequest[];
}

/** Issues every CSR from the issuing CA unless `decide` says otherwise. */
export function createFakeAuthority(
  pki: TestPki,
  decide?: (request: EnrollmentRequest) => EnrollmentResult | undefined,
  decidePoll?: (request: PollRequest) => EnrollmentResult,
): FakeAuthority {
  const enrollments: EnrollmentRequest[] = [];
  const polls: PollRequest[] = [];
  const caCertificates: CaCertificates = { issuing: pki.issuing.der, issuers: [pki.root.der] };
  return {
    ra: pki.registrationAuthority,
    enrollments,
    polls,
    getCaCertificates: async () => caCertificates,
    async enroll(request) {
      enrollments.push(request);
      const decided = decide?.(request);
      if (decided) return decided;
      const csr = new x509.Pkcs10CertificateRequest(new Uint8Array(request.csr.der));
      const certificate = await issueCertificate(pki.issuing, csr.subject, csr.publicKey);
      return { status: 'SUCCESS', certificateDer: new Uint8Array(certificate.rawData) };
    },
    async poll(request) {
      polls.push(request);
      return decidePoll?.(request) ?? { status: 'PENDING' };
    },
  };
}
