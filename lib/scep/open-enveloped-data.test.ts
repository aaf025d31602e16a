import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { openEnvelopedData } from './open-enveloped-data';
import { ScepFailureError } from './scep-failure-error';
import { CONTENT_ENCRYPTION_ALGORITHM } from './scep-oids';
import { opensslEnvelope, withContentEncryption } from './scep-test-client.test-helpers';
import { createTestPki, type TestPki } from './scep-test-pki.test-helpers';

let pki: TestPki;
const content = randomBytes(700);

beforeAll(async () => {
  pki = await createTestPki();
});

async function failInfoOf(envelope: Uint8Array): Promise<string> {
  const error = await openEnvelopedData(envelope, pki.registrationAuthority).catch((caught: unknown) => caught);
  expect(error).toBeInstanceOf(ScepFailureError);
  return (error as ScepFailureError).failInfo;
}

describe('openEnvelopedData with envelopes made by openssl cms -encrypt', () => {
  it.each([
    ['des3', 'des-ede3-cbc'],
    ['aes128', 'aes-128-cbc'],
    ['aes256', 'aes-256-cbc'],
  ] as const)('opens -%s with PKCS#1 v1.5 key transport', async (cipher, name) => {
    const opened = await openEnvelopedData(opensslEnvelope(content, pki.ra, cipher), pki.registrationAuthority);
    expect(Buffer.from(opened.content).equals(content)).toBe(true);
    expect(opened.cipher.name).toBe(name);
  });

  it.each(['sha1', 'sha256'])('opens RSAES-OAEP with %s', async (hash) => {
    const opened = await openEnvelopedData(opensslEnvelope(content, pki.ra, 'aes256', hash), pki.registrationAuthority);
    expect(Buffer.from(opened.content).equals(content)).toBe(true);
  });

  it.each([
    ['single DES', CONTENT_ENCRYPTION_ALGORITHM.desCbc, 8],
    ['RC2', CONTENT_ENCRYPTION_ALGORITHM.rc2Cbc, 8],
  ])('refuses %s with badAlg', async (_name, oid, ivLength) => {
    const envelope = withContentEncryption(opensslEnvelope(content, pki.ra, 'aes256'), oid, ivLength);
    expect(await failInfoOf(envelope)).toBe('badAlg');
  });

  it('answers badMessageCheck when the key does not unwrap to a working key', async () => {
    const envelope = Buffer.from(opensslEnvelope(content, pki.ra, 'aes256'));
    // The ciphertext ends the DER. Flipping the penultimate block's last byte flips the padding byte of the
    // last plaintext block (CBC): 1..16 becomes 0xef..0xfe, never valid. Garbling the last block itself
    // would leave valid padding about once in 256 runs.
    envelope[envelope.length - 17]! ^= 0xff;
    expect(await failInfoOf(new Uint8Array(envelope))).toBe('badMessageCheck');
  });

  it('answers badRequest when the content is not an EnvelopedData', async () => {
    expect(await failInfoOf(content)).toBe('badRequest');
  });
});
