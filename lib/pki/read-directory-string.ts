// Lenient reading of ASN.1 character strings (DirectoryString, RFC 5280 §4.1.2.4, and the SCEP
// PrintableString attributes, RFC 8894 §3.2.1). Clients do not respect the alphabets: certmonger writes
// `@ $ # " ; \` into PrintableString, so the tag only decides the byte encoding, never rejects.
import type * as asn1js from 'asn1js';

const UTF8_STRING = 12;
const TELETEX_STRING = 20;
const UNIVERSAL_STRING = 28;
const BMP_STRING = 30;
const ASCII_STRINGS = new Set([18, 19, 22, 26]); // Numeric, Printable, IA5, Visible

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf32BigEndian(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const codePoints: number[] = [];
  for (let offset = 0; offset + 4 <= bytes.length; offset += 4) codePoints.push(view.getUint32(offset));
  return bytes.length % 4 === 0 && codePoints.every((point) => point <= 0x10ffff) ? String.fromCodePoint(...codePoints) : undefined;
}

/** RFC 3629: invalid UTF-8 (an encoded surrogate, an overlong form) is no text at all, not U+FFFD. */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return undefined;
  }
}

const decodeAsciiLenient = (bytes: Uint8Array): string => decodeUtf8(bytes) ?? Buffer.from(bytes).toString('latin1');

/** The text of a universal-class string block, or undefined when the block is not a character string. */
export function readDirectoryString(block: asn1js.BaseBlock): string | undefined {
  const { idBlock } = block;
  const bytes = (block.valueBlock as { valueHexView?: Uint8Array }).valueHexView;
  if (idBlock.tagClass !== 1 || idBlock.isConstructed || !bytes) return undefined;
  switch (idBlock.tagNumber) {
    case UTF8_STRING:
      return decodeUtf8(bytes);
    case BMP_STRING:
      return bytes.length % 2 === 0 ? Buffer.from(bytes).swap16().toString('utf16le') : undefined;
    case UNIVERSAL_STRING:
      return decodeUtf32BigEndian(bytes);
    case TELETEX_STRING:
      return Buffer.from(bytes).toString('latin1');
    default:
      return ASCII_STRINGS.has(idBlock.tagNumber) ? decodeAsciiLenient(bytes) : undefined;
  }
}
