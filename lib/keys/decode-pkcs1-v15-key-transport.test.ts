import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodePkcs1v15KeyTransport } from './decode-pkcs1-v15-key-transport';

const k = 256;
const ciphertext = randomBytes(k);
const rejectionSecret = randomBytes(32);

/** EM = 0x00 ‖ 0x02 ‖ PS ‖ 0x00 ‖ M (RFC 8017 §7.2.1 step 2). */
function encode(message: Buffer, psLength = k - 3 - message.length): Buffer {
  const ps = Buffer.alloc(psLength, 0xa5);
  return Buffer.concat([Buffer.of(0, 2), ps, Buffer.of(0), message]);
}

const decode = (encodedMessage: Buffer, expectedLength?: number) =>
  decodePkcs1v15KeyTransport({ encodedMessage, ciphertext, rejectionSecret, expectedLength });

describe('decodePkcs1v15KeyTransport', () => {
  const message = randomBytes(32);

  it('returns M for valid padding', () => {
    expect(decode(encode(message)).equals(message)).toBe(true);
    expect(decode(encode(message), 32).equals(message)).toBe(true);
    expect(decode(encode(Buffer.alloc(0))).length).toBe(0);
  });

  it.each([
    ['first byte not 0x00', (em: Buffer) => (em[0] = 1)],
    ['block type not 0x02', (em: Buffer) => (em[1] = 1)],
    ['no separator', (em: Buffer) => (em[k - 33] = 0xa5)],
    ['padding string shorter than 8 bytes', (em: Buffer) => (em[8] = 0)],
  ])('rejects implicitly when %s', (_, corrupt) => {
    const em = encode(message);
    corrupt(em);
    const result = decode(em, 32);
    expect(result).toHaveLength(32);
    expect(result.equals(message)).toBe(false);
    expect(decode(em, 32).equals(result)).toBe(true);
  });

  it('derives the synthetic key from the ciphertext and the per-key secret', () => {
    const em = encode(message);
    em[1] = 0;
    const a = decode(em, 16);
    const otherCiphertext = { encodedMessage: em, ciphertext: randomBytes(k), rejectionSecret, expectedLength: 16 };
    const otherSecret = { encodedMessage: em, ciphertext, rejectionSecret: randomBytes(32), expectedLength: 16 };
    const b = decodePkcs1v15KeyTransport(otherCiphertext);
    const c = decodePkcs1v15KeyTransport(otherSecret);
    expect(a.equals(b)).toBe(false);
    expect(a.equals(c)).toBe(false);
  });

  it('picks a synthetic length within 0..k-11 when none is expected', () => {
    const em = encode(message);
    em[0] = 9;
    expect(decode(em).length).toBeLessThanOrEqual(k - 11);
  });

  it('treats a message of another length than expected as bad padding', () => {
    const result = decode(encode(randomBytes(16)), 24);
    expect(result).toHaveLength(24);
  });
});
