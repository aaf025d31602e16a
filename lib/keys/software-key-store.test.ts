import { constants, createPublicKey, publicEncrypt, randomBytes, verify, webcrypto } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { InMemorySealedKeyStorage } from './in-memory-sealed-key-storage';
import { SoftwareKeyStore } from './software-key-store';

const kek = randomBytes(32);
const storage = new InMemorySealedKeyStorage();
const store = new SoftwareKeyStore({ keyEncryptionKey: kek, storage });
const data = Buffer.from('to be signed');

function publicKeyOf(spki: ArrayBuffer) {
  return createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
}

describe('SoftwareKeyStore with an RSA key', () => {
  let keyUri: string;
  let spki: ArrayBuffer;
  beforeAll(async () => {
    ({ keyUri, publicKeySpki: spki } = await store.createKey({ kty: 'RSA', modulusLength: 2048 }));
  });

  it('names keys software:<uuid>, seals them and returns the public key', async () => {
    expect(keyUri).toMatch(/^software:[0-9a-f-]{36}$/);
    expect(store.platform).toBe('software');
    const entry = storage.entries.get(keyUri)!;
    expect(Buffer.from(entry.publicKeySpki).equals(Buffer.from(spki))).toBe(true);
    expect(Buffer.from(await store.getPublicKey(keyUri)).equals(Buffer.from(spki))).toBe(true);
    expect(publicKeyOf(spki).asymmetricKeyDetails?.modulusLength).toBe(2048);
  });

  it('signs RSASSA-PKCS1-v1_5 so that WebCrypto verifies', async () => {
    const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;
    const signature = await store.sign(keyUri, algorithm, data);
    const key = await webcrypto.subtle.importKey('spki', spki, algorithm, false, ['verify']);
    expect(await webcrypto.subtle.verify(algorithm, key, signature, data)).toBe(true);
  });

  it('refuses ECDSA with an RSA key', async () => {
    await expect(store.sign(keyUri, { name: 'ECDSA', hash: 'SHA-256' }, data)).rejects.toThrow(/cannot sign/);
  });

  it('decrypts RSA-OAEP with the SHA-1 default and with SHA-256', async () => {
    const cek = randomBytes(32);
    const sha1 = publicEncrypt({ key: publicKeyOf(spki), padding: constants.RSA_PKCS1_OAEP_PADDING }, cek);
    expect(Buffer.from(await store.decrypt(keyUri, 'RSA-OAEP', sha1)).equals(cek)).toBe(true);
    const sha256 = publicEncrypt(
      { key: publicKeyOf(spki), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
      cek,
    );
    expect(Buffer.from(await store.decrypt(keyUri, { name: 'RSA-OAEP', hash: 'SHA-256' }, sha256)).equals(cek)).toBe(
      true,
    );
    await expect(store.decrypt(keyUri, 'RSA-OAEP', sha256)).rejects.toThrow('RSA-OAEP decryption error');
  });

  it('decrypts RSAES-PKCS1-v1_5 as SCEP clients wrap their content keys', async () => {
    for (const length of [16, 24, 32]) {
      const cek = randomBytes(length);
      const wrapped = publicEncrypt({ key: publicKeyOf(spki), padding: constants.RSA_PKCS1_PADDING }, cek);
      expect(Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped)).equals(cek)).toBe(true);
      const withLength = await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped, { expectedLength: length });
      expect(Buffer.from(withLength).equals(cek)).toBe(true);
    }
  });

  it('rejects bad PKCS#1 v1.5 padding implicitly: a deterministic wrong key, no throw', async () => {
    const cek = randomBytes(24);
    const wrapped = publicEncrypt({ key: publicKeyOf(spki), padding: constants.RSA_PKCS1_PADDING }, cek);
    // Flipping a low bit keeps the ciphertext below the modulus, so only the padding check can notice.
    wrapped[wrapped.length - 1]! ^= 1;
    const first = Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped, { expectedLength: 24 }));
    const second = Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped, { expectedLength: 24 }));
    expect(first).toHaveLength(24);
    expect(first.equals(cek)).toBe(false);
    expect(first.equals(second)).toBe(true);
    const unsized = Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped));
    expect(unsized.equals(Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped)))).toBe(true);
  });

  it('rejects a well-padded message of the wrong length implicitly', async () => {
    const wrapped = publicEncrypt({ key: publicKeyOf(spki), padding: constants.RSA_PKCS1_PADDING }, randomBytes(16));
    const key = Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped, { expectedLength: 32 }));
    expect(key).toHaveLength(32);
  });

  it('cannot use a key sealed under another key-encryption key', async () => {
    const other = new SoftwareKeyStore({ keyEncryptionKey: randomBytes(32), storage });
    await expect(other.sign(keyUri, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, data)).rejects.toThrow(
      /wrong key-encryption key/,
    );
  });

  it('reads a sealed key from storage once, however often it signs', async () => {
    let loads = 0;
    const counting = { save: storage.save.bind(storage), load: (uri: string) => (loads++, storage.load(uri)) };
    const cached = new SoftwareKeyStore({ keyEncryptionKey: kek, storage: counting });
    for (let i = 0; i < 3; i++) await cached.sign(keyUri, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, data);
    await cached.getPublicKey(keyUri);
    expect(loads).toBe(1);
  });

  it('reports unknown and foreign key URIs', async () => {
    await expect(store.getPublicKey('software:00000000-0000-0000-0000-000000000000')).rejects.toThrow(/not found/);
    await expect(store.getPublicKey('pkcs11:object=x')).rejects.toThrow(/not a software key URI/);
  });
});

describe('SoftwareKeyStore with EC keys', () => {
  it.each([
    ['P-256', 'SHA-256', 64],
    ['P-384', 'SHA-384', 96],
  ] as const)('signs ECDSA %s in IEEE P1363 form', async (namedCurve, hash, signatureBytes) => {
    const { keyUri, publicKeySpki } = await store.createKey({ kty: 'EC', namedCurve });
    const signature = await store.sign(keyUri, { name: 'ECDSA', hash }, data);
    expect(signature.byteLength).toBe(signatureBytes);
    const key = await webcrypto.subtle.importKey('spki', publicKeySpki, { name: 'ECDSA', namedCurve }, false, [
      'verify',
    ]);
    expect(await webcrypto.subtle.verify({ name: 'ECDSA', hash }, key, signature, data)).toBe(true);
    const nodeHash = hash.replace('-', '').toLowerCase();
    const publicKey = publicKeyOf(publicKeySpki);
    expect(verify(nodeHash, data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, Buffer.from(signature))).toBe(true);
    await expect(store.decrypt(keyUri, 'RSA-OAEP', Buffer.alloc(64))).rejects.toThrow(/not an RSA key/);
  });
});
