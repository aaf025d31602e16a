// A CA as the profiles below it need it: its signer plus its own certificate, whose subject becomes the issuer
// name, whose SKI becomes the AKI and whose validity bounds what it signs.
import type { CertificateSigner } from './certificate-signer';
import { memoizePerObject } from './memoize-per-object';
import { x509 } from './x509';

export interface CertificateIssuer {
  signer: CertificateSigner;
  /** The CA's own certificate, DER. */
  certificate: BufferSource;
}

function sameBytes(a: ArrayBuffer, b: ArrayBuffer): boolean {
  return Buffer.from(a).equals(Buffer.from(b));
}

/**
 * Parses the issuer certificate and refuses a signer whose key is not the one that certificate certifies. Memoised
 * per issuer object: the SCEP service keeps one per CA, so a leaf does not re-parse its CA certificate.
 */
export const openIssuer = memoizePerObject((issuer: CertificateIssuer): x509.X509Certificate => {
  const certificate = new x509.X509Certificate(issuer.certificate);
  if (!sameBytes(certificate.publicKey.rawData, issuer.signer.publicKeySpki)) {
    throw new Error(`The signer's key is not the key of the issuer certificate ${certificate.subject}`);
  }
  return certificate;
});
