// The PKCS#11 adapter on a SoftHSM2 token of its own: keys made in the token stay there (sensitive, never
// extractable), signatures verify with the returned public key, and the RA's key transport decrypts in the token.
import { constants, createPublicKey, publicEncrypt, randomBytes, verify, webcrypto } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import pkcs11js from 'pkcs11js';
import { beforeAll, describe, expect, it } from 'vitest';
import { parsePkcs11KeyUri } from './pkcs11-key-uri';
import { Pkcs11KeyStore } from './pkcs11-key-store';
import { isPkcs11Error, Pkcs11Token } from './pkcs11-token';
import { createSoftHsmToken, type SoftHsmToken } from './test-support/softhsm-token';

const data = Buffer.from('to be signed');
let token: SoftHsmToken;
let second: SoftHsmToken;
let store: Pkcs11KeyStore;

beforeAll(() => {
  // SoftHSM2 lists its tokens once, in C_Initialize: both exist before the first store opens the library.
  token = createSoftHsmToken();
  second = createSoftHsmToken('Second token', '13572468');
  store = new Pkcs11KeyStore(token);
});

const publicKeyOf = (spki: ArrayBuffer) => createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });

/** Reads attributes of the private key through a session of the test's own, as an auditor of the token would. */
async function privateKeyAttributes(keyUri: string, types: number[]) {
  const inspector = Pkcs11Token.open({ ...token, maxSessions: 1 });
  const { id } = parsePkcs11KeyUri(keyUri);
  return inspector.withSession((session) => {
    const { module } = inspector;
    module.C_FindObjectsInit(session, [
      { type: pkcs11js.CKA_CLASS, value: pkcs11js.CKO_PRIVATE_KEY },
      { type: pkcs11js.CKA_ID, value: id },
    ]);
    const handle = module.C_FindObjects(session);
    module.C_FindObjectsFinal(session);
    if (!handle) throw new Error('private key not in the token');
    return types.map((type) => {
      try {
        return module.C_GetAttributeValue(session, handle, [{ type }])[0]?.value;
      } catch (error) {
        return isPkcs11Error(error, pkcs11js.CKR_ATTRIBUTE_SENSITIVE) ? 'sensitive' : error;
      }
    });
  });
}

const isTrue = (value: unknown) => Buffer.isBuffer(value) && value[0] === 1;

describe('Pkcs11KeyStore with an RSA CA key', () => {
  let keyUri: string;
  let spki: ArrayBuffer;
  beforeAll(async () => {
    ({ keyUri, publicKeySpki: spki } = await store.createKey({ kty: 'RSA', modulusLength: 2048 }));
  });

  it('names keys by RFC 7512 URI and reports the HSM platform', async () => {
    expect(store.platform).toBe('hardwareSecurityModule');
    expect(keyUri).toMatch(/^pkcs11:token=Cloud%20PKI%20test;id=(%[0-9a-f]{2}){16};type=private$/);
    expect(publicKeyOf(spki).asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(Buffer.from(await store.getPublicKey(keyUri)).equals(Buffer.from(spki))).toBe(true);
  });

  it('keeps the private key in the token: sensitive, never extractable, its exponent unreadable', async () => {
    const [sensitive, extractable, neverExtractable, decrypts, exponent] = await privateKeyAttributes(keyUri, [
      pkcs11js.CKA_SENSITIVE,
      pkcs11js.CKA_EXTRACTABLE,
      pkcs11js.CKA_NEVER_EXTRACTABLE,
      pkcs11js.CKA_DECRYPT,
      pkcs11js.CKA_PRIVATE_EXPONENT,
    ]);
    expect(isTrue(sensitive)).toBe(true);
    expect(isTrue(extractable)).toBe(false);
    expect(isTrue(neverExtractable)).toBe(true);
    expect(isTrue(decrypts)).toBe(false); // a CA key only signs
    expect(exponent).toBe('sensitive');
  });

  it.each(['SHA-256', 'SHA-384', 'SHA-512'] as const)('signs RSASSA-PKCS1-v1_5 with %s in the token', async (hash) => {
    const signature = await store.sign(keyUri, { name: 'RSASSA-PKCS1-v1_5', hash }, data);
    expect(verify(hash.replace('-', '').toLowerCase(), data, publicKeyOf(spki), Buffer.from(signature))).toBe(true);
  });

  it('refuses ECDSA with an RSA key, and key transport with a key not made for it', async () => {
    await expect(store.sign(keyUri, { name: 'ECDSA', hash: 'SHA-256' }, data)).rejects.toThrow(/cannot sign/);
    await expect(store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', randomBytes(256))).rejects.toThrow(/not made for key transport/);
  });

  it('serves concurrent signatures from a small session pool', async () => {
    const pooled = new Pkcs11KeyStore({ ...token, maxSessions: 2 });
    const signatures = await Promise.all(
      Array.from({ length: 12 }, (_, index) => pooled.sign(keyUri, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, Buffer.of(index))),
    );
    signatures.forEach((signature, index) =>
      expect(verify('sha256', Buffer.of(index), publicKeyOf(spki), Buffer.from(signature))).toBe(true),
    );
  });

  it('signs from a worker thread that opens the same token and logs in again', async () => {
    // The worker loads TypeScript through tsx's loader, as a crypto worker of the server would under tsx.
    const workerFile = new URL('./test-support/pkcs11-sign-worker.ts', import.meta.url).href;
    const worker = new Worker(`import('tsx/esm/api').then(({ register }) => { register(); return import('${workerFile}'); })`, {
      eval: true,
      workerData: { token, keyUri, data },
    });
    const signature = await new Promise<Uint8Array>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(verify('sha256', data, publicKeyOf(spki), Buffer.from(signature))).toBe(true);
  });
});

describe.each(['P-256', 'P-384'] as const)('Pkcs11KeyStore with an EC %s key', (namedCurve) => {
  it('signs ECDSA in IEEE P1363 form, as WebCrypto verifies', async () => {
    const { keyUri, publicKeySpki } = await store.createKey({ kty: 'EC', namedCurve });
    const hash = namedCurve === 'P-256' ? 'SHA-256' : 'SHA-384';
    const signature = await store.sign(keyUri, { name: 'ECDSA', hash }, data);
    const key = await webcrypto.subtle.importKey('spki', publicKeySpki, { name: 'ECDSA', namedCurve }, false, ['verify']);
    expect(await webcrypto.subtle.verify({ name: 'ECDSA', hash }, key, signature, data)).toBe(true);
    expect(Buffer.from(await store.getPublicKey(keyUri)).equals(Buffer.from(publicKeySpki))).toBe(true);
  });
});

describe('Pkcs11KeyStore with an RA key', () => {
  let keyUri: string;
  let spki: ArrayBuffer;
  const cek = randomBytes(32);
  beforeAll(async () => {
    ({ keyUri, publicKeySpki: spki } = await store.createKey({ kty: 'RSA', modulusLength: 2048, decrypts: true }));
  });

  it('unwraps a PKCS#1 v1.5 content-encryption key with the raw RSA in the token', async () => {
    const wrapped = publicEncrypt({ key: publicKeyOf(spki), padding: constants.RSA_PKCS1_PADDING }, cek);
    const unwrapped = await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', wrapped, { expectedLength: 32 });
    expect(Buffer.from(unwrapped).equals(cek)).toBe(true);
  });

  it('answers bad padding with a stable synthetic key of the expected length, not an error', async () => {
    const forged = randomBytes(256);
    forged[0] = 0x00;
    const first = Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', forged, { expectedLength: 24 }));
    const again = Buffer.from(await store.decrypt(keyUri, 'RSAES-PKCS1-v1_5', forged, { expectedLength: 24 }));
    expect(first).toHaveLength(24);
    expect(first.equals(again)).toBe(true);
    const other = await store.createKey({ kty: 'RSA', modulusLength: 2048, decrypts: true });
    const elsewhere = Buffer.from(await store.decrypt(other.keyUri, 'RSAES-PKCS1-v1_5', forged, { expectedLength: 24 }));
    expect(elsewhere.equals(first)).toBe(false); // the rejection secret is per key
  });

  it('unwraps RSA-OAEP (SHA-1, the CMS default) in the token, and fails forged ones with one message', async () => {
    const wrapped = publicEncrypt({ key: publicKeyOf(spki), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, cek);
    expect(Buffer.from(await store.decrypt(keyUri, 'RSA-OAEP', wrapped)).equals(cek)).toBe(true);
    await expect(store.decrypt(keyUri, 'RSA-OAEP', randomBytes(256))).rejects.toThrow(/^RSA-OAEP decryption error$/);
  });

  it('keeps the rejection secret in the token as well', async () => {
    const [decrypts] = await privateKeyAttributes(keyUri, [pkcs11js.CKA_DECRYPT]);
    expect(isTrue(decrypts)).toBe(true);
  });
});

describe('Pkcs11KeyStore configuration errors', () => {
  it('names a missing token, a wrong PIN, and a key URI of another token', async () => {
    expect(() => new Pkcs11KeyStore({ ...token, tokenLabel: 'No such token' })).toThrow(/No PKCS#11 token labelled 'No such token'/);
    expect(() => new Pkcs11KeyStore({ ...second, pin: 'wrong-pin' })).toThrow(/Login to PKCS#11 token 'Second token' failed: CKR_PIN_INCORRECT/);
    const { keyUri } = await new Pkcs11KeyStore(second).createKey({ kty: 'EC', namedCurve: 'P-256' });
    await expect(store.sign(keyUri, { name: 'ECDSA', hash: 'SHA-256' }, data)).rejects.toThrow(/on token 'Second token'/);
  });
});
