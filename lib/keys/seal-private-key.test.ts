import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sealPrivateKey, unsealPrivateKey } from './seal-private-key';

const kek = randomBytes(32);
const secret = randomBytes(1200);

describe('sealPrivateKey', () => {
  it('round-trips and never stores the plaintext', () => {
    const sealed = sealPrivateKey(kek, 'software:a', secret);
    expect(Buffer.from(sealed).includes(secret.subarray(0, 32))).toBe(false);
    expect(unsealPrivateKey(kek, 'software:a', sealed).equals(secret)).toBe(true);
  });

  it('uses a fresh IV each time', () => {
    expect(Buffer.from(sealPrivateKey(kek, 'software:a', secret))).not.toEqual(
      Buffer.from(sealPrivateKey(kek, 'software:a', secret)),
    );
  });

  it('refuses a wrong key-encryption key', () => {
    const sealed = sealPrivateKey(kek, 'software:a', secret);
    expect(() => unsealPrivateKey(randomBytes(32), 'software:a', sealed)).toThrow(/wrong key-encryption key/);
  });

  it('binds the blob to its key URI', () => {
    const sealed = sealPrivateKey(kek, 'software:a', secret);
    expect(() => unsealPrivateKey(kek, 'software:b', sealed)).toThrow(/Cannot unseal key software:b/);
  });

  it('detects tampering', () => {
    const sealed = sealPrivateKey(kek, 'software:a', secret);
    sealed[sealed.length - 1]! ^= 1;
    expect(() => unsealPrivateKey(kek, 'software:a', sealed)).toThrow(/corrupted/);
  });

  it('requires a 32-byte key', () => {
    expect(() => sealPrivateKey(randomBytes(16), 'software:a', secret)).toThrow(/32 bytes/);
  });
});
