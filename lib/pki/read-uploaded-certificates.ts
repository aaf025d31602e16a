// Certificates as administrators upload them (.cer, .crt, .pem or .p7b): PEM text with one or more
// CERTIFICATE or PKCS7 blocks, or base64 of a DER certificate or DER PKCS#7 (ADCS `certnew.p7b`, `certutil -ca.chain`).
import { pemToDer } from './encodings';
import { x509 } from './x509';

function readDer(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>[] {
  try {
    return [new Uint8Array(new x509.X509Certificate(der).rawData)];
  } catch {
    // Not a certificate: a certs-only PKCS#7 SignedData (RFC 2315 §9.1) is the other accepted shape.
    return [...new x509.X509Certificates(der)].map((certificate) => new Uint8Array(certificate.rawData));
  }
}

/** Every certificate in the upload, DER, in file order; throws when there is none or it cannot be read. */
export function readUploadedCertificates(text: string): Uint8Array<ArrayBuffer>[] {
  const trimmed = text.trim();
  if (trimmed.includes('-----BEGIN')) {
    const blocks = [...pemToDer(trimmed, 'CERTIFICATE'), ...pemToDer(trimmed, 'PKCS7')];
    if (blocks.length === 0) throw new Error('the PEM holds no CERTIFICATE or PKCS7 block');
    return blocks.flatMap(readDer);
  }
  const der = new Uint8Array(Buffer.from(trimmed.replace(/\s+/g, ''), 'base64'));
  if (der.length === 0) throw new Error('it is empty');
  try {
    return readDer(der);
  } catch {
    throw new Error('it is neither a certificate nor a PKCS#7 chain (expected base64 DER or PEM)');
  }
}
