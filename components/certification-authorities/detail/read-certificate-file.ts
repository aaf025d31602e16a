// A chosen .cer/.crt/.pem/.p7b file as the upload API takes it: DER files (they start with a SEQUENCE
// tag, 0x30) as base64, PEM files as their text — the server reads both.
export async function readCertificateFile(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes[0] === 0x30) return btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
  return new TextDecoder().decode(bytes);
}
