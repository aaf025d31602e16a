// The SCEP RA port backed by the KeyStore: the RA key unwraps envelopes and signs replies but never leaves it.
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { KeyStore } from '@/lib/keys/key-store';
import type { RegistrationAuthority } from '@/lib/scep/registration-authority';

export function registrationAuthorityOf(keyStore: KeyStore, ca: CertificationAuthorityRow): RegistrationAuthority | undefined {
  const { raKeyUri, raCertificateDer } = ca;
  if (!raKeyUri || !raCertificateDer) return undefined;
  return {
    certificateDer: raCertificateDer,
    decryptKey: (algorithm, encryptedKey) =>
      keyStore.decrypt(raKeyUri, algorithm.name === 'RSA-OAEP' ? { name: 'RSA-OAEP', hash: algorithm.hash } : algorithm.name, encryptedKey),
    sign: (hash, data) => keyStore.sign(raKeyUri, { name: 'RSASSA-PKCS1-v1_5', hash }, data),
  };
}
