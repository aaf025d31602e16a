import 'reflect-metadata';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificationRequest } from './read-certification-request';
import { ScepFailureError } from './scep-failure-error';
import { buildCsr, type ChallengeType } from './scep-test-client.test-helpers';
import { createTestKey, type TestKey } from './scep-test-pki.test-helpers';

let key: TestKey;

beforeAll(async () => {
  key = await createTestKey();
});

describe('readCertificationRequest', () => {
  it.each([
    ['PrintableString', 'Plain-Challenge-123'],
    ['PrintableString', '@$#";\\ certmonger'], // outside the PrintableString alphabet, read anyway
    ['Utf8String', 'pässwörd ✓'],
    ['IA5String', 'ia5@example'],
    ['BmpString', 'bmp-Ω-challenge'],
  ] as [ChallengeType, string][])('reads a %s challengePassword %j', async (type, value) => {
    const csr = await buildCsr(key, 'device', { value, type });
    expect(readCertificationRequest(csr).challengePassword).toBe(value);
  });

  it('returns no challenge when the CSR has none', async () => {
    expect(readCertificationRequest(await buildCsr(key, 'device')).challengePassword).toBeUndefined();
  });

  it('refuses a CSR whose self-signature does not verify with badMessageCheck', async () => {
    const csr = Buffer.from(await buildCsr(key, 'device', { value: 'x', type: 'PrintableString' }));
    csr[csr.length - 1]! ^= 0x01;
    expect(() => readCertificationRequest(csr)).toThrow(expect.objectContaining({ failInfo: 'badMessageCheck' }));
  });

  it('refuses bytes that are not a PKCS#10 with badRequest', () => {
    expect(() => readCertificationRequest(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toThrow(ScepFailureError);
    expect(() => readCertificationRequest(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]))).toThrow(expect.objectContaining({ failInfo: 'badRequest' }));
  });
});
