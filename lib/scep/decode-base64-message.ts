// The `message` query parameter of a GET PKIOperation (RFC 8894 §4.1): base64 of the DER pkiMessage.
// Clients differ in how they URL-encode it: an unescaped '+' arrives as a space after form decoding,
// some wrap lines, some encode twice, some use the URL-safe alphabet.

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

function decodePercentEscapes(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The decoded bytes, or undefined when the text is not base64. */
export function decodeBase64Message(text: string): Uint8Array | undefined {
  const normalized = decodePercentEscapes(text)
    .replace(/[\r\n\t]/g, '')
    .replace(/ /g, '+')
    .replace(/-/g, '+')
    .replace(/_/g, '/');
  if (!BASE64.test(normalized)) return undefined;
  return new Uint8Array(Buffer.from(normalized, 'base64'));
}
