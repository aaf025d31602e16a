// The KeyStore this process signs with: software keys sealed under the key-encryption key (docs/architecture.md › Keys).
// No 'server-only': the CRL republish job runs in server.ts under tsx, where that package throws.
import { getDatabase } from '@/lib/db/database';
import { createSealedKeyStorage } from '@/lib/db/repositories/sealed-keys';
import { getEnv } from '@/lib/env';
import type { KeyStore } from '@/lib/keys/key-store';
import { loadKeyEncryptionKey } from '@/lib/keys/key-encryption-key';
import { SoftwareKeyStore } from '@/lib/keys/software-key-store';

let keyStore: KeyStore | undefined;

export function getKeyStore(): KeyStore {
  if (!keyStore) {
    const env = getEnv();
    keyStore = new SoftwareKeyStore({
      keyEncryptionKey: loadKeyEncryptionKey({ masterKeyBase64: env.PKI_MASTER_KEY, dataDir: env.DATA_DIR }),
      storage: createSealedKeyStorage(getDatabase()),
    });
  }
  return keyStore;
}
