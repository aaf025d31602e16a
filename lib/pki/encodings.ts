// DER ↔ PEM (RFC 7468) for certificates, CRLs, CSRs and PKCS#7, and the data: URI Graph uses for
// `certificateDownloadUrl` (observed).

export type PemLabel = 'CERTIFICATE' | 'X509 CRL' | 'CERTIFICATE REQUEST' | 'PKCS7';

function toBuffer(data: BufferSource): Buffer {
  return ArrayBuffer.isView(data)
    ? Buffer.from(data.buffer, data.byteOffset, data.byteLength)
    : Buffer.from(data);
}

/** RFC 7468 §2: base64 in lines of 64 characters between BEGIN and END lines; ends with a newline. */
export function derToPem(der: BufferSource, label: PemLabel): string {
  const lines = toBuffer(der).toString('base64').match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

// RFC 7468 §5.1 notes that `NEW CERTIFICATE REQUEST` (Netscape, Windows certreq) is still in the wild.
const LABEL_ALIASES: Record<string, PemLabel> = { 'NEW CERTIFICATE REQUEST': 'CERTIFICATE REQUEST' };
const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/g;

/** Every block with `label` in `pem`, in order (a chain file yields its certificates). */
export function pemToDer(pem: string, label: PemLabel): Uint8Array<ArrayBuffer>[] {
  return [...pem.matchAll(PEM_BLOCK)]
    .filter((match) => (LABEL_ALIASES[match[1] ?? ''] ?? match[1]) === label)
    .map((match) => new Uint8Array(Buffer.from((match[2] ?? '').replace(/\s+/g, ''), 'base64')));
}

/** Accepts PEM text, PEM bytes or DER bytes; returns the DER of the first `label` object. */
export function toDer(input: string | BufferSource, label: PemLabel): Uint8Array<ArrayBuffer> {
  if (typeof input !== 'string') {
    const bytes = toBuffer(input);
    // DER starts with a SEQUENCE tag (0x30); PEM with text, possibly after a header or whitespace.
    if (bytes[0] === 0x30) return new Uint8Array(bytes);
    input = bytes.toString('latin1');
  }
  const [der] = pemToDer(input, label);
  if (!der) throw new Error(`No ${label} PEM block found`);
  return der;
}

export function derToDataUri(der: BufferSource): string {
  return `data:application/x-x509-ca-cert;base64,${toBuffer(der).toString('base64')}`;
}
