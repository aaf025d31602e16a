// The KeyStore port (docs/architecture.md › Keys): CA and RA private keys are created, used and kept here,
// addressed by a key URI; no caller ever holds a private key.
import type { LentKey } from './lent-key';

export type KeySpec =
  | {
      kty: 'RSA';
      modulusLength: 2048 | 3072 | 4096;
      /** The SCEP RA's key also unwraps content-encryption keys; a CA key only signs (an HSM enforces it). */
      decrypts?: boolean;
    }
  | { kty: 'EC'; namedCurve: 'P-256' | 'P-384' };

/** Graph `keyPlatform` of the adapter that holds a key. */
export type KeyPlatform = 'software' | 'hardwareSecurityModule';

/** Signature algorithms a KeyStore signs with (WebCrypto names). */
export type SigningAlgorithm =
  | { name: 'RSASSA-PKCS1-v1_5'; hash: 'SHA-256' | 'SHA-384' | 'SHA-512' }
  | { name: 'ECDSA'; hash: 'SHA-256' | 'SHA-384' | 'SHA-512' };

/**
 * RSA key transport for the SCEP RA. Bare 'RSA-OAEP' means SHA-1 with MGF1-SHA-1, the RFC 8017 §A.2.1 default
 * that CMS rsaes-oaep parameters fall back to and that SCEP clients send.
 */
export type KeyTransportAlgorithm =
  | 'RSAES-PKCS1-v1_5'
  | 'RSA-OAEP'
  | { name: 'RSA-OAEP'; hash: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512' };

export interface DecryptOptions {
  /**
   * Length of the content-encryption key the caller expects (16/24/32 for AES, 24 for 3DES). With PKCS#1 v1.5 a
   * message of any other length is handled like bad padding (implicit rejection), so pass it whenever known.
   */
  expectedLength?: number;
}

export interface KeyStore {
  readonly platform: KeyPlatform;
  /** Creates a key pair; off the event loop for RSA (RSA-4096 takes seconds). Returns its key URI. */
  createKey(spec: KeySpec): Promise<{ keyUri: string; publicKeySpki: ArrayBuffer }>;
  getPublicKey(keyUri: string): Promise<ArrayBuffer>;
  /** Signs `data` (the raw bytes; the store hashes). ECDSA signatures come back in IEEE P1363 form, as WebCrypto's. */
  sign(keyUri: string, algorithm: SigningAlgorithm, data: ArrayBuffer | Uint8Array): Promise<ArrayBuffer>;
  /**
   * RSA key transport for the SCEP RA (RFC 8894 §3.2.2): returns the content-encryption key. PKCS#1 v1.5 never
   * throws on bad padding: it returns a pseudo-random key instead (implicit rejection), so a forged envelope fails
   * later, as an ordinary content-decryption error.
   */
  decrypt(
    keyUri: string,
    algorithm: KeyTransportAlgorithm,
    data: ArrayBuffer | Uint8Array,
    options?: DecryptOptions,
  ): Promise<ArrayBuffer>;
  /**
   * Software keys only: the imported key for this process's own worker threads (lib/keys/lent-key.ts), which then
   * sign and unwrap in parallel. An HSM key never leaves its token, so that store lends nothing.
   */
  lendKey?(keyUri: string): Promise<LentKey>;
}

/** What code that uses existing keys needs: the operations addressed by key URI, whichever store holds the key. */
export type KeyOperations = Pick<KeyStore, 'getPublicKey' | 'sign' | 'decrypt'>;
