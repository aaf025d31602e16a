// Graph `certificateKeySize` + `cloudCertificationAuthorityHashingAlgorithm` → the KeySpec a CA
// key is created with and the algorithm it signs with. The pairs are fixed, as in Intune's one dropdown.
import type { KeySpec, SigningAlgorithm } from '@/lib/keys/key-store';
import type { TCertificateKeySize, THashingAlgorithm } from '@/lib/schemas/certification-authority';

export interface CaKeyProfile {
  keySpec: KeySpec;
  signingAlgorithm: SigningAlgorithm;
  hashingAlgorithm: THashingAlgorithm;
}

export const CA_KEY_PROFILES: Record<TCertificateKeySize, CaKeyProfile> = {
  rsa2048: {
    keySpec: { kty: 'RSA', modulusLength: 2048 },
    signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
    hashingAlgorithm: 'sha256',
  },
  rsa3072: {
    keySpec: { kty: 'RSA', modulusLength: 3072 },
    signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
    hashingAlgorithm: 'sha384',
  },
  rsa4096: {
    keySpec: { kty: 'RSA', modulusLength: 4096 },
    signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
    hashingAlgorithm: 'sha512',
  },
  eCP256: {
    keySpec: { kty: 'EC', namedCurve: 'P-256' },
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
    hashingAlgorithm: 'sha256',
  },
  eCP384: {
    keySpec: { kty: 'EC', namedCurve: 'P-384' },
    signingAlgorithm: { name: 'ECDSA', hash: 'SHA-384' },
    hashingAlgorithm: 'sha384',
  },
};

export function caKeyProfileOf(certificateKeySize: TCertificateKeySize): CaKeyProfile {
  return CA_KEY_PROFILES[certificateKeySize];
}
