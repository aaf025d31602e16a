// IssuerAndSerialNumber (RFC 5652 §10.2.4), the identifier SCEP uses for both the RA signer of a
// CertRep and the requester it is encrypted to (RFC 8894 §3.3.2). The issuer Name is copied byte for
// byte from the certificate so that matching by DER comparison works in every client.
import * as pkijs from 'pkijs';
import { derSequence } from '@/lib/pki/der-writer';
import { memoizePerObject } from '@/lib/pki/memoize-per-object';

/** Memoised per certificate object: the RA signer's is the same for every CertRep. Do not modify the result. */
export const encodeIssuerAndSerialNumber = memoizePerObject((certificateDer: Uint8Array): Uint8Array => {
  const certificate = pkijs.Certificate.fromBER(new Uint8Array(certificateDer));
  return derSequence(new Uint8Array(certificate.issuer.toSchema().toBER()), new Uint8Array(certificate.serialNumber.toBER()));
});
