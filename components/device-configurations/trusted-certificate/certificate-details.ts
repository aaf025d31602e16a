// What the wizard shows about the certificate a trusted certificate profile will carry: its subject CN and
// SHA-1 thumbprint (the value Windows' certificate manager shows), read in the browser.
import { readTrustedCertificate } from '@/lib/schemas/device-configuration/trusted-certificate-data';

export interface CertificateDetails {
  subjectCommonName: string | undefined;
  /** Undefined where WebCrypto is unavailable (a portal served over plain http on another host than localhost). */
  thumbprint: string | undefined;
}

async function sha1Hex(der: Uint8Array<ArrayBuffer>): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-1', der));
  return [...digest].map((byte) => byte.toString(16).padStart(2, '0')).join('').toUpperCase();
}

/** Details of a CA certificate, or the reason it can't be used (not a certificate, not a CA). */
export async function readCertificateDetails(base64OrPem: string): Promise<{ ok: true; base64Der: string; details: CertificateDetails } | { ok: false; message: string }> {
  const verdict = readTrustedCertificate(base64OrPem);
  if (!verdict.ok) return verdict;
  return {
    ok: true,
    base64Der: verdict.base64Der,
    details: { subjectCommonName: verdict.subjectCommonName, thumbprint: await sha1Hex(verdict.der) },
  };
}
