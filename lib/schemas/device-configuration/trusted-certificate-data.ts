// The "Certificate file" of a trusted certificate profile: a CA's public certificate, uploaded as DER or
// PEM, stored as base64 DER in `trustedRootCertificate`. Only CA certificates (BasicConstraints CA:TRUE) are
// accepted: a leaf installed in a root store would make devices trust nothing useful.
// Runs in the browser too (the wizard reads the file as you pick it), so no Node APIs: asn1-x509 parses, atob decodes.
import { AsnConvert } from '@peculiar/asn1-schema';
import { BasicConstraints, Certificate, id_ce_basicConstraints } from '@peculiar/asn1-x509';

export type TrustedCertificateVerdict =
  | { ok: true; base64Der: string; der: Uint8Array<ArrayBuffer>; subjectCommonName: string | undefined }
  | { ok: false; message: string };

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/;
const COMMON_NAME_OID = '2.5.4.3';

function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> | undefined {
  const compact = base64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact) || compact.length === 0) return undefined;
  try {
    const binary = atob(compact);
    const bytes = new Uint8Array(binary.length);
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
    return bytes;
  } catch {
    return undefined;
  }
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * DER bytes from what a client sends: PEM text; base64 of DER (Graph Edm.Binary); or base64 of a PEM file, which
 * is what a browser upload of a Base64-encoded .cer produces.
 */
function toDerBytes(input: string): Uint8Array<ArrayBuffer> | undefined {
  const pem = PEM_CERTIFICATE.exec(input);
  if (pem) return base64ToBytes(pem[1] ?? '');
  const bytes = base64ToBytes(input);
  if (!bytes || bytes[0] === 0x30) return bytes; // DER starts with a SEQUENCE tag
  const text = new TextDecoder('latin1').decode(bytes);
  const inner = PEM_CERTIFICATE.exec(text);
  return inner ? base64ToBytes(inner[1] ?? '') : undefined;
}

function commonNameOf(certificate: Certificate): string | undefined {
  for (const rdn of certificate.tbsCertificate.subject) {
    for (const attribute of rdn) if (attribute.type === COMMON_NAME_OID) return attribute.value.toString();
  }
  return undefined;
}

export function readTrustedCertificate(input: string): TrustedCertificateVerdict {
  const der = toDerBytes(input.trim());
  if (!der) return { ok: false, message: 'Upload a certificate file (.cer, .crt or .pem), DER or Base64 encoded' };
  let certificate: Certificate;
  try {
    certificate = AsnConvert.parse(der, Certificate);
  } catch {
    return { ok: false, message: 'The file is not an X.509 certificate. Upload the CA certificate (.cer), never a .pfx' };
  }
  const subjectCommonName = commonNameOf(certificate);
  const extension = certificate.tbsCertificate.extensions?.find((candidate) => candidate.extnID === id_ce_basicConstraints);
  let isCa = false;
  try {
    isCa = extension ? AsnConvert.parse(extension.extnValue, BasicConstraints).cA : false;
  } catch {
    isCa = false;
  }
  if (!isCa) {
    const named = subjectCommonName ? `'${subjectCommonName}' ` : '';
    return {
      ok: false,
      message: `The certificate ${named}is not a CA certificate (no BasicConstraints CA:TRUE): upload a root or intermediate CA certificate, not a leaf certificate`,
    };
  }
  return { ok: true, base64Der: bytesToBase64(der), der, subjectCommonName };
}
