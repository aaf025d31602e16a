// Test helper: a real in-memory KeyStore and CA hierarchy (root → issuing → RA), made the way the services will.
import { randomBytes } from 'node:crypto';
import { InMemorySealedKeyStorage } from '@/lib/keys/in-memory-sealed-key-storage';
import { SoftwareKeyStore } from '@/lib/keys/software-key-store';
import type { TCertificateKeySize } from '@/lib/schemas/certification-authority';
import { buildIssuingCertificate } from '../build-issuing-certificate';
import { buildRootCertificate } from '../build-root-certificate';
import type { CertificateIssuer } from '../certificate-issuer';
import { keyStoreSigner } from '../certificate-signer';
import { caKeyProfileOf } from '../key-specs';

export const CRL_URL = 'http://pki.example.test/pki/crls/root_v1/current.crl';
export const ROOT_CERT_URL = 'http://pki.example.test/pki/cacerts/root_v1/cert.cer';
export const ISSUING_CRL_URL = 'http://pki.example.test/pki/crls/issuing_v1/current.crl';
export const ISSUING_CERT_URL = 'http://pki.example.test/pki/cacerts/issuing_v1/cert.cer';
export const EKUS = ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2'];

export function createKeyStore(): SoftwareKeyStore {
  return new SoftwareKeyStore({ keyEncryptionKey: randomBytes(32), storage: new InMemorySealedKeyStorage() });
}

export async function createRootCa(keyStore: SoftwareKeyStore, keySize: TCertificateKeySize, validityYears = 10) {
  const profile = caKeyProfileOf(keySize);
  const { keyUri } = await keyStore.createKey(profile.keySpec);
  const signer = await keyStoreSigner(keyStore, keyUri, profile.signingAlgorithm);
  const issued = await buildRootCertificate({
    signer,
    subject: { commonName: 'Test Root CA', organizationName: 'Contoso', countryName: 'GB' },
    validityYears,
    extendedKeyUsages: EKUS,
  });
  return { ...issued, issuer: { signer, certificate: issued.der } satisfies CertificateIssuer, keyUri };
}

/** The issuing CA inherits the root's key size and hash. */
export async function createIssuingCa(
  keyStore: SoftwareKeyStore,
  root: { issuer: CertificateIssuer },
  keySize: TCertificateKeySize,
  validityYears = 5,
) {
  const profile = caKeyProfileOf(keySize);
  const { keyUri, publicKeySpki } = await keyStore.createKey(profile.keySpec);
  const issued = await buildIssuingCertificate({
    issuer: root.issuer,
    subject: { commonName: 'Test Issuing CA', organizationName: 'Contoso', countryName: 'GB' },
    subjectPublicKeySpki: publicKeySpki,
    validityYears,
    extendedKeyUsages: ['1.3.6.1.5.5.7.3.2'],
    crlDistributionPointUrl: CRL_URL,
    caIssuersUrl: ROOT_CERT_URL,
  });
  const signer = await keyStoreSigner(keyStore, keyUri, profile.signingAlgorithm);
  return { ...issued, issuer: { signer, certificate: issued.der } satisfies CertificateIssuer, keyUri };
}
