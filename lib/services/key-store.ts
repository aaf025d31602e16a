// The KeyStores this process holds keys in (docs/architecture.md › Keys): software keys sealed under the key-encryption
// key, and — when PKCS11_MODULE is set — an HSM token. New keys go to the platform the tenant's license gives
// (lib/services/licensing); existing keys are reached by their URI's scheme, whatever the license says today.
// No 'server-only': the CRL republish job runs in server.ts under tsx, where that package throws.
import { getDatabase } from '@/lib/db/database';
import { createSealedKeyStorage } from '@/lib/db/repositories/sealed-keys';
import { getEnv } from '@/lib/env';
import type { KeyOperations, KeyPlatform, KeyStore } from '@/lib/keys/key-store';
import { loadKeyEncryptionKey } from '@/lib/keys/key-encryption-key';
import type { LentKey } from '@/lib/keys/lent-key';
import { PKCS11_URI_SCHEME } from '@/lib/keys/pkcs11-key-uri';
import { Pkcs11KeyStore } from '@/lib/keys/pkcs11-key-store';
import { SoftwareKeyStore } from '@/lib/keys/software-key-store';

const stores: Partial<Record<KeyPlatform, KeyStore>> = {};

export function isHsmConfigured(): boolean {
  return getEnv().PKCS11_MODULE !== undefined;
}

/** The store new keys of `platform` are created in. */
export function getKeyStoreFor(platform: KeyPlatform): KeyStore {
  const existing = stores[platform];
  if (existing) return existing;
  const env = getEnv();
  let created: KeyStore;
  if (platform === 'software') {
    created = new SoftwareKeyStore({
      keyEncryptionKey: loadKeyEncryptionKey({ masterKeyBase64: env.PKI_MASTER_KEY, dataDir: env.DATA_DIR }),
      storage: createSealedKeyStorage(getDatabase()),
    });
  } else {
    if (!env.PKCS11_MODULE || !env.PKCS11_TOKEN_LABEL || !env.PKCS11_PIN) {
      throw new Error('No HSM is configured: set PKCS11_MODULE, PKCS11_TOKEN_LABEL and PKCS11_PIN.');
    }
    created = new Pkcs11KeyStore({ modulePath: env.PKCS11_MODULE, tokenLabel: env.PKCS11_TOKEN_LABEL, pin: env.PKCS11_PIN });
  }
  stores[platform] = created;
  return created;
}

/** The store that holds a key: new keys that belong with it (an OCSP responder's beside its CA's) go there too. */
export const getKeyStoreHolding = (keyUri: string) => getKeyStoreFor(keyUri.startsWith(PKCS11_URI_SCHEME) ? 'hardwareSecurityModule' : 'software');

const router: KeyOperations = {
  getPublicKey: (keyUri) => getKeyStoreHolding(keyUri).getPublicKey(keyUri),
  sign: (keyUri, algorithm, data) => getKeyStoreHolding(keyUri).sign(keyUri, algorithm, data),
  decrypt: (keyUri, algorithm, data, options) => getKeyStoreHolding(keyUri).decrypt(keyUri, algorithm, data, options),
};

/** The key at `keyUri` for this process's worker threads; undefined when its store lends none (an HSM). */
export async function lendKey(keyUri: string): Promise<LentKey | undefined> {
  const store = getKeyStoreHolding(keyUri);
  return store.lendKey ? store.lendKey(keyUri) : undefined;
}

/** Signing and decryption with existing keys, each in the store its URI names. */
export function getKeyStore(): KeyOperations {
  return router;
}
