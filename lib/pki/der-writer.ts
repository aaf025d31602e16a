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

export function derTlv(tag: number, ...contents: readonly Uint8Array[]): Uint8Array {
  const value = concat(contents);
  return concat([Uint8Array.of(tag), encodeLength(value.length), value]);
}

export const derSequence = (...items: readonly Uint8Array[]): Uint8Array => derTlv(0x30, ...items);

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
