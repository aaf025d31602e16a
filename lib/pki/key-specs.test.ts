import { describe, expect, it } from 'vitest';
import { KEY_ALGORITHMS } from '@/lib/schemas/certification-authority';
import { caKeyProfileOf } from './key-specs';

describe('caKeyProfileOf', () => {
  it('maps each Graph key size to its key, signing hash and Graph hash', () => {
    expect(caKeyProfileOf('rsa2048')).toEqual({
      keySpec: { kty: 'RSA', modulusLength: 2048 },
      signingAlgorithm: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
      hashingAlgorithm: 'sha256',
    });
    expect(caKeyProfileOf('rsa3072').signingAlgorithm.hash).toBe('SHA-384');
    expect(caKeyProfileOf('rsa4096').signingAlgorithm.hash).toBe('SHA-512');
    expect(caKeyProfileOf('eCP256')).toEqual({
      keySpec: { kty: 'EC', namedCurve: 'P-256' },
      signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
      hashingAlgorithm: 'sha256',
    });
    expect(caKeyProfileOf('eCP384').keySpec).toEqual({ kty: 'EC', namedCurve: 'P-384' });
  });

  it('agrees with the pairs the Create-CA schema enforces', () => {
    for (const [size, { hash }] of Object.entries(KEY_ALGORITHMS)) {
      const profile = caKeyProfileOf(size as keyof typeof KEY_ALGORITHMS);
      expect(profile.hashingAlgorithm).toBe(hash);
      expect(profile.signingAlgorithm.hash).toBe(hash.replace('sha', 'SHA-'));
    }
  });
});
