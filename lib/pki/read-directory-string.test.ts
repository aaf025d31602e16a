import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import { readDirectoryString } from './read-directory-string';

const block = (hex: string): asn1js.BaseBlock => asn1js.fromBER(Buffer.from(hex, 'hex')).result as asn1js.BaseBlock;

describe('readDirectoryString', () => {
  it.each([
    ['PrintableString with certmonger characters', '1306402423223b5c', '@$#";\\'],
    ['UTF8String', '0c03c3a961', 'éa'],
    ['BMPString', '1e0400e90041', 'éA'],
    ['TeletexString (Latin-1)', '1402e961', 'éa'],
    ['UniversalString', '1c08000000e900000041', 'éA'],
    ['IA5String', '1603616263', 'abc'],
  ])('reads a %s', (_name, hex, text) => {
    expect(readDirectoryString(block(hex))).toBe(text);
  });

  it.each([
    ['an INTEGER', '020101'],
    ['a BMPString of odd length', '1e03004100'],
    ['a UniversalString beyond Unicode', '1c0400110000'],
    ['a UTF8String with an encoded surrogate (invalid UTF-8)', '0c0461eda080'],
  ])('returns undefined for %s', (_name, hex) => {
    expect(readDirectoryString(block(hex))).toBeUndefined();
  });
});
