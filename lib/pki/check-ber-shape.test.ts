import * as asn1js from 'asn1js';
import { describe, expect, it } from 'vitest';
import { BerShapeError, MAX_BER_DEPTH, checkBerShape } from './check-ber-shape';

/** `depth` SEQUENCEs around a NULL, with definite or indefinite lengths (written by hand: asn1js itself overflows). */
function nestedSequences(depth: number, definite: boolean): Uint8Array {
  if (!definite) return Uint8Array.from([...Array.from({ length: depth }, () => [0x30, 0x80]).flat(), 0x05, 0x00, ...new Array<number>(depth * 2).fill(0)]);
  const headers: number[][] = [];
  for (let level = 0, size = 2; level < depth; level += 1) {
    const length = size < 0x80 ? [size] : [0x83, size >> 16, (size >> 8) & 0xff, size & 0xff];
    headers.push([0x30, ...length]);
    size += 1 + length.length;
  }
  return Uint8Array.from([...headers.reverse().flat(), 0x05, 0x00]);
}

describe('checkBerShape', () => {
  it('accepts BER and DER nested up to the limit, as asn1js reads them', () => {
    expect(asn1js.fromBER(nestedSequences(MAX_BER_DEPTH - 1, true)).offset).not.toBe(-1);
    expect(() => checkBerShape(nestedSequences(MAX_BER_DEPTH - 1, true))).not.toThrow();
    expect(() => checkBerShape(nestedSequences(MAX_BER_DEPTH - 1, false))).not.toThrow();
  });

  it('refuses deeper nesting without overflowing the stack, however deep', () => {
    for (const definite of [true, false]) {
      expect(() => checkBerShape(nestedSequences(MAX_BER_DEPTH + 1, definite))).toThrow(BerShapeError);
      expect(() => checkBerShape(nestedSequences(100_000, definite))).toThrow(/nested deeper/);
    }
  });

  it('counts nesting inside an OCTET STRING whose content is BER, as asn1js parses it', () => {
    const inner = nestedSequences(MAX_BER_DEPTH, true);
    expect(() => checkBerShape(new Uint8Array(new asn1js.OctetString({ valueHex: inner }).toBER()))).toThrow(/nested deeper/);
    expect(() => checkBerShape(new Uint8Array(new asn1js.OctetString({ valueHex: Uint8Array.of(0x30, 0x05, 1) }).toBER()))).not.toThrow();
  });

  it('refuses lengths that run past the bytes and truncated headers', () => {
    expect(() => checkBerShape(Uint8Array.of(0x30, 0x88, 0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).toThrow(/not BER/);
    expect(() => checkBerShape(Uint8Array.of(0x30, 0x05, 0x02, 0x01))).toThrow(/not BER/);
    expect(() => checkBerShape(Uint8Array.of(0x04, 0x80, 0x00, 0x00))).toThrow(/indefinite length on a primitive/);
    expect(() => checkBerShape(new Uint8Array(0))).toThrow(/not BER/);
  });
});
