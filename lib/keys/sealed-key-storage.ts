// Where the software KeyStore keeps its sealed private keys: a lib/db repository in the portal, a Map in tests.

export interface SealedKeyStorage {
  /** Keys are write-once: saving an existing key URI is an error. */
  save(keyUri: string, sealed: Uint8Array, publicKeySpki: Uint8Array): Promise<void>;
  load(keyUri: string): Promise<{ sealed: Uint8Array; publicKeySpki: Uint8Array } | undefined>;
}
