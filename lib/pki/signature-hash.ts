// The hash each X.509/CMS signature algorithm signs with (RFC 4055 §5, RFC 5758 §3.2, RFC 3279 §2.2), for verifying
// with node:crypto, which takes the hash and the key separately.

export type SignatureHash = 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512';

const ED25519 = '1.3.101.112';

const HASH_OF_SIGNATURE: Record<string, SignatureHash> = {
  '1.2.840.113549.1.1.5': 'SHA-1', // sha1WithRSAEncryption
  '1.2.840.113549.1.1.11': 'SHA-256',
  '1.2.840.113549.1.1.12': 'SHA-384',
  '1.2.840.113549.1.1.13': 'SHA-512',
  '1.2.840.10045.4.1': 'SHA-1', // ecdsa-with-SHA1
  '1.2.840.10045.4.3.2': 'SHA-256',
  '1.2.840.10045.4.3.3': 'SHA-384',
  '1.2.840.10045.4.3.4': 'SHA-512',
};

/** The hash of a signature algorithm; null for Ed25519 (RFC 8410 §6: it hashes internally), undefined when unknown. */
export function signatureHashOf(signatureOid: string): SignatureHash | null | undefined {
  return signatureOid === ED25519 ? null : HASH_OF_SIGNATURE[signatureOid];
}

/** The name node:crypto knows a hash by. */
export const nodeHashName = (hash: SignatureHash): string => hash.replace('-', '').toLowerCase();
