// The issuer half of an OCSP CertID (RFC 6960 §4.1.1): hashes of the issuer's subject name DER and of its
// subjectPublicKey BIT STRING value, for the digests clients use. A responder matches a request to one of its CA
// versions by these, so a certificate is found whichever version issued it.
import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';

/** NIST digest OIDs → Node hash names (RFC 5754 §2; SHA-1 is what most OCSP clients still send). */
const DIGESTS: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export interface IssuerHashes {
  issuerNameHash: Buffer;
  issuerKeyHash: Buffer;
}

/** Undefined for a digest the responder does not support: such a CertID matches no CA and is answered `unknown`. */
export function issuerHashesOf(issuerCertificateDer: Uint8Array<ArrayBuffer>, hashAlgorithmOid: string): IssuerHashes | undefined {
  const hash = DIGESTS[hashAlgorithmOid];
  if (!hash) return undefined;
  const certificate = pkijs.Certificate.fromBER(issuerCertificateDer);
  const subjectPublicKey = certificate.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView;
  return {
    // The name bytes exactly as the certificate encodes them: a re-encoding could change string types.
    issuerNameHash: createHash(hash).update(new Uint8Array(certificate.subject.valueBeforeDecode)).digest(),
    issuerKeyHash: createHash(hash).update(subjectPublicKey).digest(),
  };
}

export function isIssuedBy(certificateId: { hashAlgorithmOid: string; issuerNameHash: Uint8Array; issuerKeyHash: Uint8Array }, issuerCertificateDer: Uint8Array<ArrayBuffer>): boolean {
  const hashes = issuerHashesOf(issuerCertificateDer, certificateId.hashAlgorithmOid);
  return !!hashes && hashes.issuerNameHash.equals(certificateId.issuerNameHash) && hashes.issuerKeyHash.equals(certificateId.issuerKeyHash);
}
