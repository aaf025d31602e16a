// Issuing CA profile: signed by its root with the root's algorithm, pathlen 0, pointing at the
// root's CRL and certificate so relying parties can check it without the portal's help.
import {
  authorityKeyIdentifierExtension,
  caKeyUsageExtension,
  extendedKeyUsageExtension,
  type PublicationUrls,
  publicationExtensions,
  subjectKeyIdentifierExtension,
} from './certificate-extensions';
import { type CertificateIssuer, openIssuer } from './certificate-issuer';
import { generateSerialNumber } from './serial-number';
import { type IssuedCertificate, signCertificate } from './sign-certificate';
import { buildSubjectName, type SubjectAttributes } from './subject-name';
import { addYears, earliest, truncateToSeconds } from './validity';
import { x509 } from './x509';

export interface IssuingCertificateInput extends PublicationUrls {
  /** The root CA: its signer and certificate. CDP and AIA are the ROOT's CRL and certificate URLs. */
  issuer: CertificateIssuer;
  subject: SubjectAttributes;
  subjectPublicKeySpki: BufferSource;
  validityYears: number;
  /** EKU OIDs, a subset of the root's (the caller enforces the subset). */
  extendedKeyUsages: readonly string[];
  serialNumber?: string;
  now?: Date;
}

export async function buildIssuingCertificate(input: IssuingCertificateInput): Promise<IssuedCertificate> {
  const root = openIssuer(input.issuer);
  const notBefore = truncateToSeconds(input.now ?? new Date());
  return signCertificate({
    signer: input.issuer.signer,
    issuerName: root.subjectName,
    subject: buildSubjectName(input.subject),
    publicKeySpki: input.subjectPublicKeySpki,
    serialNumber: input.serialNumber ?? generateSerialNumber(),
    notBefore,
    // Never beyond the root; a certificate cannot validate once its issuer has expired.
    notAfter: earliest(addYears(notBefore, input.validityYears), root.notAfter),
    extensions: [
      // RFC 5280 §4.2.1.9: pathLenConstraint 0 — the issuing CA signs leaves only.
      new x509.BasicConstraintsExtension(true, 0, true),
      caKeyUsageExtension(),
      extendedKeyUsageExtension(input.extendedKeyUsages),
      await subjectKeyIdentifierExtension(input.subjectPublicKeySpki),
      await authorityKeyIdentifierExtension(root),
      ...publicationExtensions(input),
    ],
  });
}
