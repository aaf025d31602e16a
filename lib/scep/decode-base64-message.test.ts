import { describe, expect, it } from 'vitest';
import { decodeBase64Message } from './decode-base64-message';

const bytes = Uint8Array.from([0xfb, 0xef, 0xbe, 0xff, 0x30, 0x82, 0x01]);
const base64 = Buffer.from(bytes).toString('base64'); // '++++/zCCAQ==': both '+' and '/'

describe('decodeBase64Message', () => {
  it.each([
    ['plain base64', base64],
    ['spaces where form decoding ate the +', base64.replace(/\+/g, ' ')],
    ['line-wrapped', `${base64.slice(0, 4)}\r\n${base64.slice(4)}\n`],
    ['percent-encoded twice', encodeURIComponent(base64)],
    ['URL-safe alphabet', base64.replace(/\+/g, '-').replace(/\//g, '_')],
  ])('decodes %s', (_name, text) => {
    expect(decodeBase64Message(text)).toEqual(bytes);
  });

  it.each(['', 'not base64!', '<xml/>'])('rejects %j', (text) => {
    expect(decodeBase64Message(text)).toBeUndefined();
  });
});
