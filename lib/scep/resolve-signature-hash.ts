// Signature algorithms accepted on a PKIMessage SignerInfo and on the CSR inside it. RFC 5652 §5.3 lets
// a SignerInfo name plain rsaEncryption, whose hash is then the SignerInfo digestAlgorithm; MD5 and
// unknown algorithms are refused with badAlg (RFC 8894 §3.5.2).
import { signatureHashOf } from '@/lib/pki/signature-hash';
import type { ScepDigest } from './resolve-digest-algorithm';
import { RSA_ENCRYPTION } from './scep-oids';
import { ScepFailureError } from './scep-failure-error';

/**
 * The hash a signature algorithm signs with; null for Ed25519, which hashes internally.
 * `signerDigest` is the SignerInfo digestAlgorithm, used when the signature algorithm is plain rsaEncryption.
 */
export function resolveSignatureHash(signatureOid: string, signerDigest?: ScepDigest): ScepDigest | null {
  const hash = signatureOid === RSA_ENCRYPTION ? signerDigest : signatureHashOf(signatureOid);
  if (hash === undefined) throw new ScepFailureError('badAlg', `signature algorithm ${signatureOid} is not accepted`);
  return hash;
}
