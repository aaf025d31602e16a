// What a BYOCA's externally signed certificate must be before the portal issues under it. Pure: the
// upload service hands in the CSR's expectations and the uploaded certificates, and gets the path back or an
// ExternalCertificateError whose message says what to fix.
import { formatSubjectName } from './subject-name';
import { x509 } from './x509';

export class ExternalCertificateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExternalCertificateError';
  }
}

export interface ExternalCertificateExpectations {
  /** The CA's own key (the one its CSR carried), SubjectPublicKeyInfo DER. */
  publicKeySpki: ArrayBuffer;
  /** The Graph `subjectName` the CSR asked for. */
  subjectName: string;
  /** EKU OIDs the CA was created with. */
  extendedKeyUsages: readonly string[];
}

export interface CheckedExternalCertificate {
  certificate: x509.X509Certificate;
  /** The issuers above it, nearest first, ending with the self-signed root. */
  issuers: x509.X509Certificate[];
}

const sameBytes = (a: ArrayBuffer, b: ArrayBuffer) => Buffer.from(a).equals(Buffer.from(b));

function checkCaProfile(certificate: x509.X509Certificate, expected: ExternalCertificateExpectations) {
  if (!sameBytes(certificate.publicKey.rawData, expected.publicKeySpki)) {
    throw new ExternalCertificateError("The signed certificate does not carry this CA's public key: upload the certificate issued for this CA's CSR.");
  }
  // RFC 5280 §4.2.1.9 and §4.2.1.3: a certificate that signs certificates and CRLs needs both.
  if (!certificate.getExtension(x509.BasicConstraintsExtension)?.ca) {
    throw new ExternalCertificateError('The signed certificate is not a CA certificate (BasicConstraints CA:TRUE is missing): sign it with a subordinate CA template (ADCS "SubCA").');
  }
  const keyUsage = certificate.getExtension(x509.KeyUsagesExtension);
  if (keyUsage && !(keyUsage.usages & x509.KeyUsageFlags.keyCertSign)) {
    throw new ExternalCertificateError('The signed certificate lacks the keyCertSign key usage, so it cannot sign certificates.');
  }
  const subjectName = formatSubjectName(certificate.subjectName);
  if (subjectName !== expected.subjectName) {
    throw new ExternalCertificateError(`The signed certificate's subject is "${subjectName}", but this CA requested "${expected.subjectName}".`);
  }
  // Refused, not warned: Windows and other validators intersect EKUs down the chain (RFC 5280 §4.2.1.12 leaves it
  // to the application), so leaves with an EKU the CA certificate lacks would fail. No EKU extension = any purpose.
  const ekus = certificate.getExtension(x509.ExtendedKeyUsageExtension)?.usages.map(String);
  const missing = ekus ? expected.extendedKeyUsages.filter((oid) => !ekus.includes(oid)) : [];
  if (missing.length > 0) {
    throw new ExternalCertificateError(`The signed certificate lacks the extended key usages ${missing.join(', ')} that this CA was created with.`);
  }
}

function checkValidity(certificate: x509.X509Certificate, what: string, now: Date) {
  if (certificate.notBefore > now) throw new ExternalCertificateError(`${what} is not valid until ${certificate.notBefore.toISOString()}.`);
  if (certificate.notAfter <= now) throw new ExternalCertificateError(`${what} expired on ${certificate.notAfter.toISOString()}.`);
}

export async function checkExternallySignedCertificate(
  signedCertificateDer: BufferSource,
  chainDers: readonly BufferSource[],
  expected: ExternalCertificateExpectations,
  now = new Date(),
): Promise<CheckedExternalCertificate> {
  const certificate = new x509.X509Certificate(signedCertificateDer);
  checkCaProfile(certificate, expected);
  checkValidity(certificate, 'The signed certificate', now);

  // X509ChainBuilder matches issuer names and key identifiers and verifies each signature on the way up.
  const candidates = chainDers.map((der) => new x509.X509Certificate(der));
  const path = await new x509.X509ChainBuilder({ certificates: candidates }).build(certificate);
  const issuers = path.slice(1);
  const top = issuers.at(-1);
  if (!top || !(await top.isSelfSigned())) {
    const missing = (top ?? certificate).issuer;
    throw new ExternalCertificateError(`The chain of trust does not reach a self-signed root: add the certificate of "${missing}" (and any CA above it).`);
  }
  for (const issuer of issuers) {
    checkValidity(issuer, `The chain certificate "${issuer.subject}"`, now);
    // RFC 5280 §6.1.4 (k): every certificate above the CA must itself be a CA certificate (v1 roots excepted).
    if (issuer !== top && !issuer.getExtension(x509.BasicConstraintsExtension)?.ca) {
      throw new ExternalCertificateError(`The chain certificate "${issuer.subject}" is not a CA certificate.`);
    }
  }
  return { certificate, issuers };
}
