// RenewalReq (RFC 8894 §3.3.1.2) is signed with the certificate being renewed, which must be one this
// issuing CA issued and still valid; otherwise anyone with any key could renew into our namespace.
import { X509Certificate } from 'node:crypto';
import * as pkijs from 'pkijs';
import { ScepFailureError } from './scep-failure-error';

export function verifyRenewalSigner(signer: X509Certificate, issuingCaDer: Uint8Array): void {
  const issuingCa = new X509Certificate(issuingCaDer);
  if (!signer.checkIssued(issuingCa) || !signer.verify(issuingCa.publicKey)) {
    throw new ScepFailureError('badMessageCheck', 'a RenewalReq must be signed by a certificate this CA issued');
  }
  const { notBefore, notAfter } = pkijs.Certificate.fromBER(signer.raw);
  const now = new Date();
  if (now < notBefore.value || now > notAfter.value) {
    throw new ScepFailureError('badTime', 'the certificate being renewed is not currently valid');
  }
}
