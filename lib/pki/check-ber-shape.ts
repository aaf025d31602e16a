// A walk over BER/DER tag-length-value headers (X.690 §8.1) before any ASN.1 library parses the bytes: asn1js and
// pkijs recurse once per nesting level (a hundred thousand nested SEQUENCEs in 256 KiB overflow the stack) and
// trust declared lengths. The walk is bounded by MAX_BER_DEPTH, so it cannot overflow itself.
//
// Like asn1js, it looks inside primitive OCTET STRINGs and BIT STRINGs whose content is itself BER (certificate
// extensions, the CMS eContent): that is nesting a parser reaches too.

/** The deepest honest SCEP message (ContentInfo › SignedData › certificate › extension › value › GeneralName) is ~14. */
export const MAX_BER_DEPTH = 40;

export class BerShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BerShapeError';
  }
}

/** A content that is not a sequence of BER elements (opaque bytes in an OCTET STRING are not an error). */
class NotBer extends Error {}

const OCTET_STRING = 0x04;
const BIT_STRING = 0x03;

interface Header {
  /** The tag number when the class is universal, else undefined. */
  readonly universalTag: number | undefined;
  readonly isConstructed: boolean;
  readonly contentStart: number;
  /** undefined: indefinite length, the content ends with an end-of-contents (X.690 §8.1.3.6). */
  readonly length: number | undefined;
}

function readHeader(bytes: Uint8Array, offset: number, limit: number): Header {
  if (offset >= limit) throw new NotBer('truncated identifier');
  const first = bytes[offset]!;
  let at = offset + 1;
  let tag = first & 0x1f;
  if (tag === 0x1f) {
    // X.690 §8.1.2.4: high tag numbers, base 128; four bytes are far more than any real tag needs.
    tag = 0;
    for (let count = 0; ; count += 1) {
      if (at >= limit || count === 4) throw new NotBer('tag number too long');
      const byte = bytes[at++]!;
      tag = tag * 128 + (byte & 0x7f);
      if (!(byte & 0x80)) break;
    }
  }
  const universalTag = first & 0xc0 ? undefined : tag;
  const isConstructed = (first & 0x20) !== 0;
  if (at >= limit) throw new NotBer('truncated length');
  const lengthByte = bytes[at++]!;
  if (lengthByte === 0x80) return { universalTag, isConstructed, contentStart: at, length: undefined };
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count > 4 || at + count > limit) throw new NotBer('length does not fit');
    length = 0;
    for (let i = 0; i < count; i += 1) length = length * 256 + bytes[at++]!;
  }
  if (at + length > limit) throw new NotBer('length runs past the end');
  return { universalTag, isConstructed, contentStart: at, length };
}

/** Reads elements from `offset` up to `end` (or to an end-of-contents when `end` is undefined); returns where they stop. */
function readElements(bytes: Uint8Array, offset: number, end: number | undefined, limit: number, depth: number): number {
  let at = offset;
  for (;;) {
    if (end !== undefined && at === end) return at;
    if (end === undefined && at + 1 < limit && bytes[at] === 0 && bytes[at + 1] === 0) return at + 2;
    at = readElement(bytes, at, end ?? limit, depth);
  }
}

function readElement(bytes: Uint8Array, offset: number, limit: number, depth: number): number {
  if (depth > MAX_BER_DEPTH) throw new BerShapeError(`ASN.1 nested deeper than ${MAX_BER_DEPTH} levels`);
  const header = readHeader(bytes, offset, limit);
  if (header.length === undefined) {
    if (!header.isConstructed) throw new NotBer('indefinite length on a primitive');
    return readElements(bytes, header.contentStart, undefined, limit, depth + 1);
  }
  const end = header.contentStart + header.length;
  if (header.isConstructed) return readElements(bytes, header.contentStart, end, end, depth + 1);
  const encapsulatedStart = header.universalTag === OCTET_STRING ? header.contentStart : header.universalTag === BIT_STRING ? header.contentStart + 1 : undefined;
  if (encapsulatedStart !== undefined && encapsulatedStart < end) {
    try {
      readElements(bytes, encapsulatedStart, end, end, depth + 1);
    } catch (error) {
      if (!(error instanceof NotBer)) throw error;
    }
  }
  return end;
}

/** Throws BerShapeError unless `bytes` starts with a BER element nested at most MAX_BER_DEPTH deep whose lengths fit. */
export function checkBerShape(bytes: Uint8Array): void {
  try {
    readElement(bytes, 0, bytes.length, 1);
  } catch (error) {
    if (error instanceof NotBer) throw new BerShapeError(`not BER: ${error.message}`);
    throw error;
  }
}
