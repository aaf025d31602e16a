// Root CA profile, modelled on the certificate a live Cloud PKI root carries (spec graph/wire-samples, "observed
// root CA X509 extensions"): self-signed, pathlen 1, no CDP and no AIA (nothing above a root to point at).
import type { CertificateSigner } from './certificate-signer';
import {
  caKeyUsageExtension,
  extendedKeyUsageExtension,
  subjectKeyIdentifierExtension,
} from './certificate-extensions';
import { generateSerialNumber } from './serial-number';
import { type IssuedCertificate, signCertificate } from './sign-certificate';
import { buildSubjectName, type SubjectAttributes } from './subject-name';
import { addYears, truncateToSeconds } from './validity';
import { x509 } from './x509';

export interface RootCertificateInput {
  signer: CertificateSigner;
  subject: SubjectAttributes;
  validityYears: number;
  /** EKU OIDs; Cloud PKI roots carry them and issuing CAs may only pick from them. */
  extendedKeyUsages: readonly string[];
  serialNumber?: string;
  now?: Date;
}

export async function buildRootCertificate(input: RootCertificateInput): Promise<IssuedCertificate> {
  const name = buildSubjectName(input.subject);
  const notBefore = truncateToSeconds(input.now ?? new Date());
  const ski = await subjectKeyIdentifierExtension(input.signer.publicKeySpki);
  return signCertificate({
    signer: input.signer,
    issuerName: name,
    subject: name,
    publicKeySpki: input.signer.publicKeySpki,
    serialNumber: input.serialNumber ?? generateSerialNumber(),
    notBefore,
    // Exactly N years: the observed root has notAfter = notBefore + validityPeriodInYears.
    notAfter: addYears(notBefore, input.validityYears),
    extensions: [
      // RFC 5280 §4.2.1.9: pathLenConstraint 1 — one issuing CA level below the root, then leaves.
      new x509.BasicConstraintsExtension(true, 1, true),
      caKeyUsageExtension(),
      extendedKeyUsageExtension(input.extendedKeyUsages),
      ski,
      // RFC 5280 §4.2.1.1 lets a self-signed certificate omit AKI; the observed root has it, set to its own SKI.
      new x509.AuthorityKeyIdentifierExtension(ski.keyId),
    ],
  });
}
