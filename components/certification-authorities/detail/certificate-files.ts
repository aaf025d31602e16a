// Client-side CA certificate downloads: the DER already arrives in the Graph JSON as a data: URI.

/** The base64 DER inside `data:application/x-x509-ca-cert;base64,<DER>`. */
function base64OfDataUri(dataUri: string): string {
  return dataUri.slice(dataUri.indexOf(',') + 1).replace(/\s+/g, '');
}

export function derOfDataUri(dataUri: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64OfDataUri(dataUri)), (char) => char.charCodeAt(0));
}

/** RFC 7468 §2: base64 lines of exactly 64 characters between the labels. */
export function pemOfDataUri(dataUri: string): string {
  const lines = base64OfDataUri(dataUri).match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE-----\n${lines.join('\n')}\n-----END CERTIFICATE-----\n`;
}

/** Intune names the file after the CA's common name; characters no file system accepts become "_". */
export function certificateFileName(commonName: string, extension: 'cer' | 'pem' | 'p7b' | 'req'): string {
  const base = commonName.replace(/[\\/:*?"<>|]/g, '_').trim() || 'certificate';
  return `${base}.${extension}`;
}

/** RFC 7468 §7: base64 PKCS#10 between labels, what `certreq -submit`, ADCS Web Enrollment and `openssl req` read. */
export function pemOfCertificateRequest(base64: string): string {
  const lines = base64.replace(/\s+/g, '').match(/.{1,64}/g) ?? [];
  return `-----BEGIN CERTIFICATE REQUEST-----\n${lines.join('\n')}\n-----END CERTIFICATE REQUEST-----\n`;
}

export function saveFile(content: BlobPart, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke on the next task: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
