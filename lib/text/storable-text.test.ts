import { describe, expect, it } from 'vitest';
import { findUnstorableText, isStorableText } from './storable-text';

describe('storable text', () => {
  it('refuses NUL and lone surrogates, accepts any other Unicode', () => {
    expect(isStorableText('Contoso Root CA — 東京 🔐')).toBe(true);
    expect(isStorableText('a\u0000b')).toBe(false);
    expect(isStorableText('a\ud800b')).toBe(false);
    expect(isStorableText('\udc00')).toBe(false);
  });

  it('finds the first unstorable string anywhere in a JSON value, keys included', () => {
    expect(findUnstorableText({ displayName: 'ok', tags: ['a', { deep: 'x\u0000' }] })).toBe('x\u0000');
    expect(findUnstorableText({ ['k\ud800']: 1 })).toBe('k\ud800');
    expect(findUnstorableText({ displayName: 'ok', count: 3, flag: null })).toBeUndefined();
  });
});
