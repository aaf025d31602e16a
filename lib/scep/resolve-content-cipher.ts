// Content-encryption algorithms of the pkcsPKIEnvelope (RFC 8894 §3.2.2): AES-CBC (RFC 3565) and
// 3DES (RFC 3370 §5.1) are accepted; single DES and RC2 are refused with badAlg (RFC 8894 §3.5.2).
import { CONTENT_ENCRYPTION_ALGORITHM as OID } from './scep-oids';
import { ScepFailureError } from './scep-failure-error';

export interface ContentCipher {
  /** node:crypto cipher name */
  readonly name: 'aes-128-cbc' | 'aes-192-cbc' | 'aes-256-cbc' | 'des-ede3-cbc';
  readonly oid: string;
  readonly keyLength: number;
  readonly ivLength: number;
  readonly isAes: boolean;
}

export const AES_256_CBC: ContentCipher = { name: 'aes-256-cbc', oid: OID.aes256Cbc, keyLength: 32, ivLength: 16, isAes: true };

const ACCEPTED: readonly ContentCipher[] = [
  { name: 'aes-128-cbc', oid: OID.aes128Cbc, keyLength: 16, ivLength: 16, isAes: true },
  { name: 'aes-192-cbc', oid: OID.aes192Cbc, keyLength: 24, ivLength: 16, isAes: true },
  AES_256_CBC,
  { name: 'des-ede3-cbc', oid: OID.desEde3Cbc, keyLength: 24, ivLength: 8, isAes: false },
];

const REFUSED: Record<string, string> = { [OID.desCbc]: 'single DES', [OID.rc2Cbc]: 'RC2' };

export function resolveContentCipher(oid: string): ContentCipher {
  const cipher = ACCEPTED.find((candidate) => candidate.oid === oid);
  if (cipher) return cipher;
  const refused = REFUSED[oid];
  throw new ScepFailureError('badAlg', refused ? `${refused} content encryption is refused (RFC 8894 §3.5.2)` : `content encryption ${oid} is not supported`);
}

/** The reply cipher: the request's when it is AES, otherwise AES-256-CBC — OpenSSL 3 clients cannot open single DES, and we never answer in 3DES. */
export const replyCipherFor = (requestCipher: ContentCipher | undefined): ContentCipher =>
  requestCipher?.isAes ? requestCipher : AES_256_CBC;
