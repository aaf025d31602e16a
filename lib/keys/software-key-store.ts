// The default KeyStore adapter (docs/architecture.md › Keys): keys made by node:crypto, kept as sealed PKCS#8 in a
// SealedKeyStorage, unsealed only for the one operation that needs them. Graph `keyPlatform = software`.
import { createPrivateKey, generateKeyPair, randomUUID } from 'node:crypto';
import type {
  DecryptOptions,
  KeySpec,
  KeyStore,
  KeyTransportAlgorithm,
  SigningAlgorithm,
} from './key-store';
import { decryptWithLentKey, type LentKey, rejectionSecretOf, signWithLentKey } from './lent-key';
import type { SealedKeyStorage } from './sealed-key-storage';
import { sealPrivateKey, unsealPrivateKey } from './seal-private-key';

const KEY_URI_PREFIX = 'software:';
const NODE_CURVE = { 'P-256': 'prime256v1', 'P-384': 'secp384r1' } as const;
const DER_KEY_ENCODING = {
  publicKeyEncoding: { type: 'spki', format: 'der' },
  privateKeyEncoding: { type: 'pkcs8', format: 'der' },
} as const;

type DerKeyPair = { publicKey: Buffer; privateKey: Buffer };

// The callback form runs in libuv's thread pool: an RSA-4096 prime search never blocks requests.
function generateDerKeyPair(spec: KeySpec): Promise<DerKeyPair> {
  return new Promise((resolve, reject) => {
    const done = (error: Error | null, publicKey: Buffer, privateKey: Buffer) =>
      error ? reject(error) : resolve({ publicKey, privateKey });
    if (spec.kty === 'RSA') {
      generateKeyPair('rsa', { modulusLength: spec.modulusLength, publicExponent: 65537, ...DER_KEY_ENCODING }, done);
    } else {
      generateKeyPair('ec', { namedCurve: NODE_CURVE[spec.namedCurve], ...DER_KEY_ENCODING }, done);
    }
  });
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export interface SoftwareKeyStoreOptions {
  /** 32 bytes, from loadKeyEncryptionKey. */
  keyEncryptionKey: Buffer;
  storage: SealedKeyStorage;
}

export class SoftwareKeyStore implements KeyStore {
  readonly platform = 'software' as const;
  readonly #keyEncryptionKey: Buffer;
  readonly #storage: SealedKeyStorage;
  // Sealed entries are write-once, so they can be kept: every SCEP enrollment signs and unwraps with the same
  // few keys, and this spares a database read per operation. Only ciphertext is cached, never a private key.
  readonly #sealedEntries = new Map<string, Promise<{ sealed: Uint8Array; publicKeySpki: Uint8Array }>>();
  // Unsealed keys, imported once: createPrivateKey costs more than the RSA operation itself, and every enrollment
  // needs three. A KeyObject keeps its material in OpenSSL's memory, never as a JavaScript value; at rest the key
  // stays sealed. Keys are write-once, so an entry never goes stale.
  readonly #unsealedKeys = new Map<string, Promise<LentKey>>();

  constructor({ keyEncryptionKey, storage }: SoftwareKeyStoreOptions) {
    if (keyEncryptionKey.length !== 32) throw new Error('The key-encryption key must be 32 bytes (AES-256)');
    this.#keyEncryptionKey = Buffer.from(keyEncryptionKey);
    this.#storage = storage;
  }

  async createKey(spec: KeySpec): Promise<{ keyUri: string; publicKeySpki: ArrayBuffer }> {
    const { publicKey, privateKey } = await generateDerKeyPair(spec);
    const keyUri = `${KEY_URI_PREFIX}${randomUUID()}`;
    const sealed = sealPrivateKey(this.#keyEncryptionKey, keyUri, privateKey);
    privateKey.fill(0);
    await this.#storage.save(keyUri, sealed, new Uint8Array(publicKey));
    return { keyUri, publicKeySpki: toArrayBuffer(publicKey) };
  }

  async getPublicKey(keyUri: string): Promise<ArrayBuffer> {
    return toArrayBuffer((await this.#load(keyUri)).publicKeySpki);
  }

  async sign(keyUri: string, algorithm: SigningAlgorithm, data: ArrayBuffer | Uint8Array): Promise<ArrayBuffer> {
    return signWithLentKey(await this.#unseal(keyUri), keyUri, algorithm, data);
  }

  async decrypt(
    keyUri: string,
    algorithm: KeyTransportAlgorithm,
    data: ArrayBuffer | Uint8Array,
    options: DecryptOptions = {},
  ): Promise<ArrayBuffer> {
    return decryptWithLentKey(await this.#unseal(keyUri), keyUri, algorithm, data, options);
  }

  /** The imported key, for this process's worker threads (lib/keys/lent-key.ts); the same KeyObject every time. */
  lendKey(keyUri: string): Promise<LentKey> {
    return this.#unseal(keyUri);
  }

  async #load(keyUri: string): Promise<{ sealed: Uint8Array; publicKeySpki: Uint8Array }> {
    if (!keyUri.startsWith(KEY_URI_PREFIX)) throw new Error(`${keyUri} is not a software key URI`);
    let entry = this.#sealedEntries.get(keyUri);
    if (!entry) {
      entry = this.#storage.load(keyUri).then((found) => {
        if (!found) throw new Error(`Key ${keyUri} not found`);
        return found;
      });
      this.#sealedEntries.set(keyUri, entry);
      entry.catch(() => this.#sealedEntries.delete(keyUri)); // a failed read is retried next time
    }
    return entry;
  }

  #unseal(keyUri: string): Promise<LentKey> {
    let entry = this.#unsealedKeys.get(keyUri);
    if (!entry) {
      entry = this.#import(keyUri);
      this.#unsealedKeys.set(keyUri, entry);
      entry.catch(() => this.#unsealedKeys.delete(keyUri));
    }
    return entry;
  }

  async #import(keyUri: string): Promise<LentKey> {
    const { sealed, publicKeySpki } = await this.#load(keyUri);
    const pkcs8 = unsealPrivateKey(this.#keyEncryptionKey, keyUri, sealed);
    try {
      return { key: createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }), publicKeySpki, rejectionSecret: rejectionSecretOf(pkcs8) };
    } finally {
      pkcs8.fill(0);
    }
  }
}
