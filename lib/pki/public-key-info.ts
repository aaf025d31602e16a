// What a SubjectPublicKeyInfo holds, for CSR policy checks, the leaf key usage and ECDSA signature formatting.
import { memoizePerObject } from './memoize-per-object';
import { x509 } from './x509';

export type PublicKeyInfo =
  | { kty: 'RSA'; modulusBits: number }
  | { kty: 'EC'; namedCurve: string }
  | { kty: 'other'; algorithm: string };

// Memoised per object: the requester's key is described by the CSR check, the key-usage default and the leaf row from
// the one parsed SPKI; a CA signer's key on every signature.
export const describePublicKey = memoizePerObject((spki: BufferSource): PublicKeyInfo => {
  const algorithm = new x509.PublicKey(spki).algorithm as Algorithm & { modulusLength?: number; namedCurve?: string };
  if (algorithm.name === 'RSASSA-PKCS1-v1_5' && algorithm.modulusLength) {
    return { kty: 'RSA', modulusBits: algorithm.modulusLength };
  }
  if (algorithm.name === 'ECDSA' && algorithm.namedCurve) return { kty: 'EC', namedCurve: algorithm.namedCurve };
  return { kty: 'other', algorithm: algorithm.name };
});
