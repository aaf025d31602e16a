// The KeyStore port (ARCHITECTURE.md › Keys): CA and RA private keys are created, used and kept here,
// addressed by a key URI; no caller ever holds a private key.

export type KeySpec =
  | { kty: 'RSA'; modulusLength: 2048 | 3072 | 4096 }
  | { kty: 'EC'; namedCurve: 'P-256' | 'P-384' };

/** Graph `keyPlatform` of the adapter that holds a key. */
export type KeyPlatform = 'software' | 'hardwareSecurityModule';

/** Signature algorithms a KeyStore signs with (WebCrypto names). */
export type SigningAlgorithm =
  | { name: 'RSASSA-PKCS1-v1_5'; hash: 'SHA-256' | 'SHA-384' | 'SHA-512' }
  | { name: 'ECDSA'; hash: 'SHA-256' | 'SHA-384' | 'SHA-512' };

export interface KeyStore {
  readonly platform: KeyPlatform;
  /** Creates a key pair; off the event loop for RSA (RSA-4096 takes seconds). Returns its key URI. */
  createKey(spec: KeySpec): Promise<{ keyUri: string; publicKeySpki: ArrayBuffer }>;
  getPublicKey(keyUri: string): Promise<ArrayBuffer>;
  /** Signs `data` (the raw bytes; the store hashes). ECDSA signatures come back in IEEE P1363 form, as WebCrypto's. */
  sign(keyUri: string, algorithm: SigningAlgorithm, data: ArrayBuffer | Uint8Array): Promise<ArrayBuffer>;
  /** RSA key transport for the SCEP RA (RFC 8894 §3.2.2): returns the content-encryption key. */
  decrypt(keyUri: string, algorithm: 'RSAES-PKCS1-v1_5' | 'RSA-OAEP', data: ArrayBuffer | Uint8Array): Promise<ArrayBuffer>;
}
