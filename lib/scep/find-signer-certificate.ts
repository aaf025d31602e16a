// The certificate a SignerInfo names, among SignedData.certificates. SCEP requesters include it
// (RFC 8894 §3.2): self-signed for a first PKCSReq, the certificate being renewed for a RenewalReq.
import * as pkijs from 'pkijs';
import { isCertificateNamedBy } from './is-certificate-named-by';

/** DER of the certificate the signer identifier names, or undefined when it is not included. */
export function findSignerCertificate(signedData: pkijs.SignedData, sid: unknown): Uint8Array | undefined {
  const certificate = (signedData.certificates ?? []).find(
    (candidate): candidate is pkijs.Certificate => candidate instanceof pkijs.Certificate && isCertificateNamedBy(candidate, sid),
  );
  return certificate && new Uint8Array(certificate.toSchema().toBER());
}
