// The RA port (RFC 8894 §2.1, §2.3): the RSA certificate clients encrypt requests to and that signs
// replies. Its private key stays in a KeyStore (lib/keys); SCEP only asks it to unwrap a key and to sign.
import type { ReplyDigest, ScepDigest } from './resolve-digest-algorithm';

/** RSA key transport of a KeyTransRecipientInfo (RFC 5652 §6.2.1; OAEP per RFC 8017 §7.1 / RFC 4055). */
export type KeyTransportAlgorithm =
  | { name: 'RSAES-PKCS1-v1_5' }
  | { name: 'RSA-OAEP'; hash: ScepDigest };

export interface RegistrationAuthority {
  /** DER of the RA certificate: RSA, issued by the issuing CA, keyUsage digitalSignature + keyEncipherment. */
  readonly certificateDer: Uint8Array;
  /**
   * Unwraps a content-encryption key of `expectedLength` bytes (the content cipher's key size). For PKCS#1
   * v1.5 the adapter must use implicit rejection (a bad padding or a wrong length yields a pseudo-random
   * key, never an error), so a forged block fails later as ordinary content decryption (badMessageCheck)
   * and timing reveals nothing. Pass `expectedLength` on as KeyStore.decrypt's `options.expectedLength`.
   */
  decryptKey(algorithm: KeyTransportAlgorithm, encryptedKey: Uint8Array, expectedLength: number): Promise<ArrayBuffer | Uint8Array>;
  /** RSASSA-PKCS1-v1_5 over `data` (the adapter hashes), as KeyStore.sign does. */
  sign(hash: ReplyDigest, data: Uint8Array): Promise<ArrayBuffer | Uint8Array>;
}
