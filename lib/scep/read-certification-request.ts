// The PKCS#10 request inside a PKCSReq/RenewalReq (RFC 8894 §3.3.1, RFC 2986), parsed once for the whole
// enrollment: its self-signature must verify (proof of possession), and the parse — subject, key, SANs and the
// leniently read challengePassword (PKCS#9, RFC 2985 §5.4.1) — travels on to the issuance service.
import { parseCertificationRequest, type ParsedCertificationRequest } from '@/lib/pki/parse-certification-request';
import { resolveSignatureHash } from './resolve-signature-hash';
import { ScepFailureError } from './scep-failure-error';

function parse(der: Uint8Array): ParsedCertificationRequest {
  try {
    return parseCertificationRequest(new Uint8Array(der));
  } catch {
    throw new ScepFailureError('badRequest', 'the envelope does not hold a PKCS#10 certification request');
  }
}

export function readCertificationRequest(der: Uint8Array): ParsedCertificationRequest {
  const csr = parse(der);
  resolveSignatureHash(csr.signatureAlgorithmOid); // badAlg for MD5 or an unknown algorithm (RFC 8894 §3.5.2)
  if (!csr.signatureValid) throw new ScepFailureError('badMessageCheck', 'the CSR signature does not verify');
  return csr;
}
