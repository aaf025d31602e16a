// A SealedKeyStorage held in a Map, for unit tests of anything that needs a real KeyStore without a database.
import type { SealedKeyStorage } from './sealed-key-storage';

export class InMemorySealedKeyStorage implements SealedKeyStorage {
  readonly entries = new Map<string, { sealed: Uint8Array; publicKeySpki: Uint8Array }>();

  async save(keyUri: string, sealed: Uint8Array, publicKeySpki: Uint8Array): Promise<void> {
    if (this.entries.has(keyUri)) throw new Error(`Key ${keyUri} already exists`);
    this.entries.set(keyUri, { sealed: Uint8Array.from(sealed), publicKeySpki: Uint8Array.from(publicKeySpki) });
  }

  async load(keyUri: string): Promise<{ sealed: Uint8Array; publicKeySpki: Uint8Array } | undefined> {
    return this.entries.get(keyUri);
  }
}
