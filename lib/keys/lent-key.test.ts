import { constants, createPublicKey, publicEncrypt, randomBytes, verify } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { InMemorySealedKeyStorage } from './in-memory-sealed-key-storage';
import { lentKeyOperations } from './lent-key';
import { SoftwareKeyStore } from './software-key-store';

const store = new SoftwareKeyStore({ keyEncryptionKey: randomBytes(32), storage: new InMemorySealedKeyStorage() });

describe('a key the SoftwareKeyStore lends', () => {
  it('unwraps in lentKeyOperations exactly as in the store, implicit rejection included', async () => {
    const { keyUri, publicKeySpki } = await store.createKey({ kty: 'RSA', modulusLength: 2048, decrypts: true });
    const lent = lentKeyOperations({ [keyUri]: await store.lendKey(keyUri) });
    const cek = randomBytes(32);
    const publicKey = createPublicKey({ key: Buffer.from(publicKeySpki), format: 'der', type: 'spki' });
    const wrapped = publicEncrypt({ key: publicKey, padding: constants.RSA_PKCS1_PADDING }, cek);
    expect(Buffer.from(await lent.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped, { expectedLength: 32 })).equals(cek)).toBe(true);
    const forged = randomBytes(256);
    forged[0] = 0; // below the modulus, so RSA accepts it; the padding is then wrong
    const synthetic = await lent.decrypt(keyUri, 'RSAES-PKCS1-v1_5', forged, { expectedLength: 32 });
    expect(Buffer.from(synthetic).equals(Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', forged, { expectedLength: 32 })))).toBe(true);
    expect(Buffer.from(await lent.getPublicKey(keyUri)).equals(Buffer.from(publicKeySpki))).toBe(true);
    await expect(lent.sign('software:other', { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, cek)).rejects.toThrow(/not lent/);
  });

  it('crosses to a worker thread as a KeyObject that still signs', async () => {
    const { keyUri, publicKeySpki } = await store.createKey({ kty: 'EC', namedCurve: 'P-256' });
    const { key } = await store.lendKey(keyUri);
    const worker = new Worker(
      `const { parentPort } = require('node:worker_threads'); const { sign } = require('node:crypto');
       parentPort.once('message', (key) => parentPort.postMessage({ type: key.type, signature: sign('sha256', Buffer.from('x'), key) }));`,
      { eval: true },
    );
    const reply = new Promise<{ type: string; signature: Uint8Array }>((resolve) => worker.once('message', resolve));
    worker.postMessage(key);
    const { type, signature } = await reply;
    await worker.terminate();
    expect(type).toBe('private');
    expect(verify('sha256', Buffer.from('x'), createPublicKey({ key: Buffer.from(publicKeySpki), format: 'der', type: 'spki' }), signature)).toBe(true);
  });
});
