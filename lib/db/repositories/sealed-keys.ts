// Storage behind the software KeyStore (lib/keys): sealed private keys by key URI.
import { eq } from 'drizzle-orm';
import type { Database } from '../database';
import { sealedKeys } from '../schema';

/** Same shape as lib/keys' SealedKeyStorage (declared here because lib/db must not import upwards). */
export interface SealedKeyStorage {
  /** Keys are write-once: saving an existing key URI throws (a unique violation), never overwrites. */
  save(keyUri: string, sealed: Uint8Array, publicKeySpki: Uint8Array): Promise<void>;
  load(keyUri: string): Promise<{ sealed: Uint8Array; publicKeySpki: Uint8Array } | undefined>;
}

export function createSealedKeyStorage(db: Database): SealedKeyStorage {
  return {
    async save(keyUri, sealed, publicKeySpki) {
      await db
        .insert(sealedKeys)
        .values({ keyUri, sealed: new Uint8Array(sealed), publicKeySpki: new Uint8Array(publicKeySpki) });
    },
    async load(keyUri) {
      const [row] = await db
        .select({ sealed: sealedKeys.sealed, publicKeySpki: sealedKeys.publicKeySpki })
        .from(sealedKeys)
        .where(eq(sealedKeys.keyUri, keyUri));
      return row;
    },
  };
}
