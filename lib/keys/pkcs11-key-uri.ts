// Key URIs of the PKCS#11 adapter in RFC 7512 form, e.g. `pkcs11:token=Cloud%20PKI;id=%9c%1f…;type=private`:
// the token's label and the key pair's CKA_ID, which both halves (and the RA's rejection secret) share.

export const PKCS11_URI_SCHEME = 'pkcs11:';

/** RFC 7512 §2.3: every byte of pk11-id percent-encoded; the label as a pk11-token value. */
export function formatPkcs11KeyUri(tokenLabel: string, id: Uint8Array): string {
  const encodedId = [...id].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
  return `${PKCS11_URI_SCHEME}token=${encodeURIComponent(tokenLabel)};id=${encodedId};type=private`;
}

export function parsePkcs11KeyUri(keyUri: string): { tokenLabel: string; id: Buffer } {
  if (!keyUri.startsWith(PKCS11_URI_SCHEME)) throw new Error(`${keyUri} is not a PKCS#11 key URI`);
  const attributes = new Map(
    keyUri
      .slice(PKCS11_URI_SCHEME.length)
      .split('?')[0]!
      .split(';')
      .map((pair) => [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)] as const),
  );
  const token = attributes.get('token');
  const id = attributes.get('id');
  if (token === undefined || !id || !/^(%[0-9a-f]{2})+$/i.test(id)) throw new Error(`${keyUri} names no token and key id`);
  return { tokenLabel: decodeURIComponent(token), id: Buffer.from(id.replaceAll('%', ''), 'hex') };
}
