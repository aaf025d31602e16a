// Digest algorithms a SCEP message may name (RFC 8894 §3.2: SHA-1 for old clients, SHA-2 as advertised in
// GetCACaps §3.5.2); MD5 is refused with badAlg, as §3.5.2 requires.
import type { SignatureHash } from '@/lib/pki/signature-hash';
import { DIGEST_ALGORITHM } from './scep-oids';
import { ScepFailureError } from './scep-failure-error';

export type ScepDigest = SignatureHash;

/** What the RA signs replies with: the KeyStore signs SHA-2 only. */
export type ReplyDigest = Exclude<ScepDigest, 'SHA-1'>;

const DIGEST_OF_OID: Record<string, ScepDigest> = {
  [DIGEST_ALGORITHM.sha1]: 'SHA-1',
  [DIGEST_ALGORITHM.sha256]: 'SHA-256',
  [DIGEST_ALGORITHM.sha384]: 'SHA-384',
  [DIGEST_ALGORITHM.sha512]: 'SHA-512',
};

const OID_OF_DIGEST: Record<ScepDigest, string> = {
  'SHA-1': DIGEST_ALGORITHM.sha1,
  'SHA-256': DIGEST_ALGORITHM.sha256,
  'SHA-384': DIGEST_ALGORITHM.sha384,
  'SHA-512': DIGEST_ALGORITHM.sha512,
};

export function resolveDigestAlgorithm(oid: string): ScepDigest {
  const digest = DIGEST_OF_OID[oid];
  if (!digest) throw new ScepFailureError('badAlg', `digest algorithm ${oid} is not accepted (RFC 8894 §3.5.2)`);
  return digest;
}

export const digestAlgorithmOid = (digest: ScepDigest): string => OID_OF_DIGEST[digest];

/** The name node:crypto knows the digest by. */
export { nodeHashName } from '@/lib/pki/signature-hash';

/** The reply digest mirrors the request's SHA-2 digest; SHA-1, MD5 or unknown requests get SHA-256, which GetCACaps advertises. */
export function replyDigestFor(requestDigestOid: string): ReplyDigest {
  const digest = DIGEST_OF_OID[requestDigestOid];
  return digest && digest !== 'SHA-1' ? digest : 'SHA-256';
}
