// Private keys at rest (docs/architecture.md › Keys): PKCS#8 DER sealed with AES-256-GCM under the key-encryption key.
// The key URI is the additional authenticated data, so a sealed blob copied onto another key's row does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/** Layout: version (1) ‖ IV (12) ‖ GCM tag (16) ‖ ciphertext. The version byte lets a later format coexist. */
const FORMAT_VERSION = 1;
// NIST SP 800-38D §8.2.2: a random 96-bit IV; far below the 2^32 invocations one key may seal that way.
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;

function assertKeyEncryptionKey(keyEncryptionKey: Buffer): void {
  if (keyEncryptionKey.length !== 32) throw new Error('The key-encryption key must be 32 bytes (AES-256)');
}

export function sealPrivateKey(keyEncryptionKey: Buffer, keyUri: string, pkcs8Der: Uint8Array): Uint8Array {
  assertKeyEncryptionKey(keyEncryptionKey);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keyEncryptionKey, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(keyUri, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(pkcs8Der), cipher.final()]);
  return new Uint8Array(Buffer.concat([Buffer.of(FORMAT_VERSION), iv, cipher.getAuthTag(), ciphertext]));
}

/** Returns the PKCS#8 DER; throws one message for every failure, wrong key and tampering alike. */
export function unsealPrivateKey(keyEncryptionKey: Buffer, keyUri: string, sealed: Uint8Array): Buffer {
  assertKeyEncryptionKey(keyEncryptionKey);
  const blob = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (blob.length <= HEADER_BYTES || blob[0] !== FORMAT_VERSION) {
    throw new Error(`Cannot unseal key ${keyUri}: unknown format`);
  }
  const iv = blob.subarray(1, 1 + IV_BYTES);
  const tag = blob.subarray(1 + IV_BYTES, HEADER_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', keyEncryptionKey, iv, { authTagLength: TAG_BYTES });
  decipher.setAAD(Buffer.from(keyUri, 'utf8'));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([decipher.update(blob.subarray(HEADER_BYTES)), decipher.final()]);
  } catch {
    throw new Error(`Cannot unseal key ${keyUri}: wrong key-encryption key or corrupted data`);
  }
}
