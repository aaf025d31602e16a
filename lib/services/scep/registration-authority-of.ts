// The SCEP RA port backed by the KeyStore: the RA key unwraps envelopes and signs replies but never leaves it.
import 'server-only';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import type { KeyOperations } from '@/lib/keys/key-store';
import type { RegistrationAuthority } from '@/lib/scep/registration-authority';

export function registrationAuthorityOf(keyStore: KeyOperations, ca: CertificationAuthorityRow): RegistrationAuthority | undefined {
  const { raKeyUri, raCertificateDer } = ca;
  if (!raKeyUri || !raCertificateDer) return undefined;
  return {
    certificateDer: raCertificateDer,
    // expectedLength lets PKCS#1 v1.5 implicit rejection treat a wrong-length key like bad padding.
    decryptKey: (algorithm, encryptedKey, expectedLength) =>
      keyStore.decrypt(raKeyUri, algorithm.name === 'RSA-OAEP' ? algorithm : algorithm.name, encryptedKey, { expectedLength }),
    sign: (hash, data) => keyStore.sign(raKeyUri, { name: 'RSASSA-PKCS1-v1_5', hash }, data),
  };
}
