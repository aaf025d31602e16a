// Signature algorithms accepted on a PKIMessage SignerInfo and on the CSR inside it. RFC 5652 §5.3 lets
// a SignerInfo name plain rsaEncryption, whose hash is then the SignerInfo digestAlgorithm; MD5 and
// unknown algorithms are refused with badAlg (RFC 8894 §3.5.2).
import { RSA_ENCRYPTION } from './scep-oids';
import type { ScepDigest } from './resolve-digest-algorithm';
import { ScepFailureError } from './scep-failure-error';

const ED25519 = '1.3.101.112';

const HASH_OF_SIGNATURE: Record<string, ScepDigest> = {
  '1.2.840.113549.1.1.5': 'SHA-1', // sha1WithRSAEncryption
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
  '1.2.840.10045.4.1': 'SHA-1', // ecdsa-with-SHA1
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
};

/**
 * The hash a signature algorithm signs with; null for Ed25519, which hashes internally.
 * `signerDigest` is the SignerInfo digestAlgorithm, used when the signature algorithm is plain rsaEncryption.
 */
export function resolveSignatureHash(signatureOid: string, signerDigest?: ScepDigest): ScepDigest | null {
  if (signatureOid === ED25519) return null;
  const hash = signatureOid === RSA_ENCRYPTION ? signerDigest : HASH_OF_SIGNATURE[signatureOid];
  if (!hash) throw new ScepFailureError('badAlg', `signature algorithm ${signatureOid} is not accepted`);
  return hash;
}
