// A minimal DER writer (X.690 §10). SCEP replies must be DER (RFC 8894 §3: "DER-encoded"); pkijs
// serialises CMS content as BER (constructed OCTET STRINGs, indefinite lengths) and drops an empty
// eContent, which certmonger needs present — so replies are assembled here byte by byte.

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

function encodeLength(length: number): Uint8Array {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** A TLV of the contents in order; an array rather than spread arguments, which overflow the stack past ~100,000. */
export function derTlvOf(tag: number, contents: readonly Uint8Array[]): Uint8Array {
  const value = concat(contents);
  return concat([Uint8Array.of(tag), encodeLength(value.length), value]);
}

export const derTlv = (tag: number, ...contents: readonly Uint8Array[]): Uint8Array => derTlvOf(tag, contents);

export const derSequence = (...items: readonly Uint8Array[]): Uint8Array => derTlvOf(0x30, items);

/** X.690 §11.6: the elements of a DER SET OF are sorted by their encodings. */
export function derSetOf(items: readonly Uint8Array[]): Uint8Array {
  return derTlv(0x31, ...[...items].sort((a, b) => Buffer.compare(a, b)));
}

/** [n] EXPLICIT or a constructed [n] IMPLICIT. */
export const derContextConstructed = (tagNumber: number, ...items: readonly Uint8Array[]): Uint8Array =>
  derTlv(0xa0 | tagNumber, ...items);

/** A primitive [n] IMPLICIT. */
export const derContextPrimitive = (tagNumber: number, value: Uint8Array): Uint8Array => derTlv(0x80 | tagNumber, value);

export const derOctetString = (value: Uint8Array): Uint8Array => derTlv(0x04, value);

export const derNull = (): Uint8Array => Uint8Array.of(0x05, 0x00);

export const derPrintableString = (text: string): Uint8Array => derTlv(0x13, Buffer.from(text, 'latin1'));

export const derUtf8String = (text: string): Uint8Array => derTlv(0x0c, Buffer.from(text, 'utf8'));

/** Non-negative small integers only (CMS version numbers). */
export const derSmallInteger = (value: number): Uint8Array => derTlv(0x02, Uint8Array.of(value));

export function derObjectIdentifier(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  const [first = 0, second = 0, ...rest] = arcs;
  const bytes: number[] = [];
  for (const arc of [first * 40 + second, ...rest]) {
    const chunk = [arc & 0x7f];
    for (let high = Math.floor(arc / 128); high > 0; high = Math.floor(high / 128)) chunk.unshift(0x80 | (high & 0x7f));
    bytes.push(...chunk);
  }
  return derTlv(0x06, Uint8Array.from(bytes));
}

/** AlgorithmIdentifier { algorithm, parameters OPTIONAL } (RFC 5280 §4.1.1.2). */
export const derAlgorithmIdentifier = (oid: string, parameters?: Uint8Array): Uint8Array =>
  derSequence(derObjectIdentifier(oid), ...(parameters ? [parameters] : []));

/** Attribute { attrType, SET OF attrValues } (RFC 5652 §5.3) with one value. */
export const derAttribute = (oid: string, value: Uint8Array): Uint8Array =>
  derSequence(derObjectIdentifier(oid), derSetOf([value]));

/** ContentInfo { contentType, [0] EXPLICIT content } (RFC 5652 §3). */
export const derContentInfo = (contentType: string, content: Uint8Array): Uint8Array =>
  derSequence(derObjectIdentifier(contentType), derContextConstructed(0, content));

/** BIT STRING of whole octets (signatures): no unused bits. */
export const derBitString = (value: Uint8Array): Uint8Array => derTlv(0x03, Uint8Array.of(0), value);

export const derEnumerated = (value: number): Uint8Array => derTlv(0x0a, Uint8Array.of(value));

/** An INTEGER from unsigned hex, as serial numbers are stored (X.690 §8.3.2: minimal octets, 00 before a high bit). */
export function derUnsignedIntegerFromHex(hex: string): Uint8Array {
  let bytes = Buffer.from(hex.length % 2 ? `0${hex}` : hex, 'hex');
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  bytes = bytes.subarray(start);
  if (bytes.length === 0) bytes = Buffer.of(0);
  return bytes[0]! & 0x80 ? derTlv(0x02, Uint8Array.of(0), bytes) : derTlv(0x02, bytes);
}

/** RFC 5280 §4.1.2.5: UTCTime through 2049, GeneralizedTime from 2050; always seconds and Z. */
export function derTime(date: Date): Uint8Array {
  const iso = date.toISOString(); // YYYY-MM-DDTHH:MM:SS.sssZ
  const digits = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
  return date.getUTCFullYear() < 2050 ? derTlv(0x17, Buffer.from(digits.slice(2), 'latin1')) : derTlv(0x18, Buffer.from(digits, 'latin1'));
}
