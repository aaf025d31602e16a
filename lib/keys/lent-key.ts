// A software private key lent to a worker thread of this process (the SCEP worker pool signs and unwraps there): the
// KeyObject crosses postMessage as a handle to the same OpenSSL key, so its material is never a JavaScript value and
// never leaves the process. The operations here are the SoftwareKeyStore's own, so both threads sign and decrypt alike.
import { constants, createHash, type KeyObject, privateDecrypt, sign as signWithKey } from 'node:crypto';
import { decodePkcs1v15KeyTransport } from './decode-pkcs1-v15-key-transport';
import type { DecryptOptions, KeyOperations, KeyTransportAlgorithm, SigningAlgorithm } from './key-store';

export interface LentKey {
  readonly key: KeyObject;
  readonly publicKeySpki: Uint8Array;
  /** The PKCS#1 v1.5 implicit-rejection PRF key of an RSA key (see rejectionSecretOf). */
  readonly rejectionSecret: Uint8Array;
}

const NODE_HASH = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' } as const;

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

const asBuffer = (data: ArrayBuffer | Uint8Array) =>
  data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);

/**
 * draft-irtf-cfrg-rsa-guidance hashes the private exponent; the PKCS#8 holds it and is just as secret, so synthetic
 * keys are stable per key and unpredictable to others.
 */
export const rejectionSecretOf = (pkcs8: Uint8Array): Buffer => createHash('sha256').update('pkcs1-implicit-rejection').update(pkcs8).digest();

/** Signs `data`; the callback form runs in libuv's thread pool, so the calling thread's event loop keeps going. */
export function signWithLentKey(lent: LentKey, keyUri: string, algorithm: SigningAlgorithm, data: ArrayBuffer | Uint8Array): Promise<ArrayBuffer> {
  const expectedType = algorithm.name === 'ECDSA' ? 'ec' : 'rsa';
  if (lent.key.asymmetricKeyType !== expectedType) return Promise.reject(new Error(`Key ${keyUri} cannot sign with ${algorithm.name}`));
  return new Promise((resolve, reject) =>
    signWithKey(
      NODE_HASH[algorithm.hash],
      asBuffer(data),
      // WebCrypto's ECDSA output is r ‖ s (IEEE P1363), not DER; callers format it for X.509 or CMS themselves.
      { key: lent.key, dsaEncoding: 'ieee-p1363', padding: constants.RSA_PKCS1_PADDING },
      (error, signature) => (error ? reject(error) : resolve(toArrayBuffer(signature))),
    ),
  );
}

export function decryptWithLentKey(
  lent: LentKey,
  keyUri: string,
  algorithm: KeyTransportAlgorithm,
  data: ArrayBuffer | Uint8Array,
  options: DecryptOptions = {},
): ArrayBuffer {
  const { key, rejectionSecret } = lent;
  if (key.asymmetricKeyType !== 'rsa') throw new Error(`Key ${keyUri} is not an RSA key`);
  const ciphertext = asBuffer(data);
  if (algorithm === 'RSAES-PKCS1-v1_5') {
    // Node 20 refuses PKCS#1 v1.5 decryption (the Marvin-attack mitigation): raw RSA, then implicit rejection.
    const encodedMessage = privateDecrypt({ key, padding: constants.RSA_NO_PADDING }, ciphertext);
    return toArrayBuffer(decodePkcs1v15KeyTransport({ encodedMessage, ciphertext, rejectionSecret, expectedLength: options.expectedLength }));
  }
  const hash = algorithm === 'RSA-OAEP' ? 'SHA-1' : algorithm.hash;
  try {
    return toArrayBuffer(privateDecrypt({ key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: NODE_HASH[hash] }, ciphertext));
  } catch {
    // RFC 8017 §7.1.2: one "decryption error" for every failure, so errors reveal nothing about the plaintext.
    throw new Error('RSA-OAEP decryption error');
  }
}

/** The KeyOperations of a few lent keys, by the URIs they were lent under: what a worker thread signs and unwraps with. */
export function lentKeyOperations(keys: Readonly<Record<string, LentKey>>): KeyOperations {
  const lent = (keyUri: string) => {
    const found = keys[keyUri];
    if (!found) throw new Error(`Key ${keyUri} was not lent to this thread`);
    return found;
  };
  return {
    getPublicKey: async (keyUri) => toArrayBuffer(lent(keyUri).publicKeySpki),
    sign: async (keyUri, algorithm, data) => signWithLentKey(lent(keyUri), keyUri, algorithm, data),
    decrypt: async (keyUri, algorithm, data, options) => decryptWithLentKey(lent(keyUri), keyUri, algorithm, data, options),
  };
}
