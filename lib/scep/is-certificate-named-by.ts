// Whether a CMS certificate identifier — SignerIdentifier (RFC 5652 §5.3) or RecipientIdentifier
// (§6.2.1), both issuerAndSerialNumber or [0] subjectKeyIdentifier — names a certificate.
import type * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

const SUBJECT_KEY_IDENTIFIER = '2.5.29.14';

function subjectKeyIdentifierOf(certificate: pkijs.Certificate): Uint8Array | undefined {
  const extension = certificate.extensions?.find((candidate) => candidate.extnID === SUBJECT_KEY_IDENTIFIER);
  return (extension?.parsedValue as asn1js.OctetString | undefined)?.valueBlock.valueHexView;
}

export function isCertificateNamedBy(certificate: pkijs.Certificate, identifier: unknown): boolean {
  if (identifier instanceof pkijs.IssuerAndSerialNumber) {
    return certificate.issuer.isEqual(identifier.issuer) && certificate.serialNumber.isEqual(identifier.serialNumber);
  }
  const keyIdentifier = (identifier as asn1js.Primitive | undefined)?.valueBlock?.valueHexView;
  const ski = subjectKeyIdentifierOf(certificate);
  return !!keyIdentifier && !!ski && Buffer.from(keyIdentifier).equals(ski);
}
