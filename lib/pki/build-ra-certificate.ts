// SCEP registration authority certificate: an RSA end-entity issued by the issuing
// CA. Clients encrypt their requests to it and verify the CertRep signatures with it, so the CA key itself can sit
// in an HSM or be ECC (RFC 8894 §2.2).
import {
  authorityKeyIdentifierExtension,
  type PublicationUrls,
  publicationExtensions,
  subjectKeyIdentifierExtension,
} from './certificate-extensions';
import { type CertificateIssuer, openIssuer } from './certificate-issuer';
import { describePublicKey } from './public-key-info';
import { generateSerialNumber } from './serial-number';
import { type IssuedCertificate, signCertificate } from './sign-certificate';
import { buildSubjectName, type SubjectAttributes } from './subject-name';
import { earliest, truncateToSeconds } from './validity';
import { x509 } from './x509';

export interface RaCertificateInput extends PublicationUrls {
  /** The issuing CA; CDP and AIA are the issuing CA's CRL and certificate URLs. */
  issuer: CertificateIssuer;
  subject: SubjectAttributes;
  /** An RSA key (key transport needs RSA) of at least 2048 bits. */
  subjectPublicKeySpki: BufferSource;
  /** Defaults to, and is clamped to, the issuing CA's notAfter. */
  notAfter?: Date;
  serialNumber?: string;
  now?: Date;
}

export async function buildRaCertificate(input: RaCertificateInput): Promise<IssuedCertificate> {
  const key = describePublicKey(input.subjectPublicKeySpki);
  if (key.kty !== 'RSA' || key.modulusBits < 2048) {
    throw new Error('The SCEP RA needs an RSA key of at least 2048 bits: clients wrap their content key with RSA');
  }
  const issuingCa = openIssuer(input.issuer);
  const { digitalSignature, keyEncipherment } = x509.KeyUsageFlags;
  return signCertificate({
    signer: input.issuer.signer,
    issuerName: issuingCa.subjectName,
    subject: buildSubjectName(input.subject),
    publicKeySpki: input.subjectPublicKeySpki,
    serialNumber: input.serialNumber ?? generateSerialNumber(),
    notBefore: truncateToSeconds(input.now ?? new Date()),
    notAfter: earliest(input.notAfter ?? issuingCa.notAfter, issuingCa.notAfter),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      // digitalSignature signs CertRep replies; keyEncipherment is the key transport (RFC 8894 §3.1).
      new x509.KeyUsagesExtension(digitalSignature | keyEncipherment, true),
      // No EKU on purpose. RFC 8894 requires none, and RFC 5280 §4.2.1.12 makes an absent EKU mean "no restriction
      // beyond key usage". Windows nests EKUs down a chain, so an RA EKU the issuing CA lacks (e.g. NDES's
      // Certificate Request Agent, 1.3.6.1.4.1.311.20.2.1) would leave the RA valid for nothing there.
      await subjectKeyIdentifierExtension(input.subjectPublicKeySpki),
      await authorityKeyIdentifierExtension(issuingCa),
      ...publicationExtensions(input),
    ],
  });
}
