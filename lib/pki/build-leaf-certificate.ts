// Leaf profile for certificates the SCEP service issues: subject and SANs from
// the CSR, the profile's key usage and EKUs, the issuing CA's CDP and AIA, a random serial.
import {
  authorityKeyIdentifierExtension,
  extendedKeyUsageExtension,
  type PublicationUrls,
  publicationExtensions,
  subjectKeyIdentifierExtension,
} from './certificate-extensions';
import { type CertificateIssuer, openIssuer } from './certificate-issuer';
import { describePublicKey } from './public-key-info';
import { generateSerialNumber } from './serial-number';
import { type IssuedCertificate, signCertificate } from './sign-certificate';
import { type SubjectAlternativeName, subjectAlternativeNameExtension } from './subject-alternative-names';
import { earliest, truncateToSeconds } from './validity';
import { x509 } from './x509';

export type LeafKeyUsage =
  | 'digitalSignature'
  | 'keyEncipherment'
  | 'nonRepudiation'
  | 'dataEncipherment'
  | 'keyAgreement';

export interface LeafCertificateInput extends PublicationUrls {
  /** The issuing CA; CDP and AIA are its CRL and certificate URLs. */
  issuer: CertificateIssuer;
  /** The subject: an x509.Name or its DER (e.g. `subjectDer` of a parsed CSR). */
  subject: x509.Name | BufferSource;
  subjectPublicKeySpki: BufferSource;
  subjectAlternativeNames?: readonly SubjectAlternativeName[];
  /** Defaults to digitalSignature + keyEncipherment for RSA, digitalSignature for EC. */
  keyUsages?: readonly LeafKeyUsage[];
  extendedKeyUsages: readonly string[];
  /** Defaults to ten minutes ago, for devices whose clocks run a little behind. */
  notBefore?: Date;
  /** Clamped to the issuing CA's notAfter. */
  notAfter: Date;
  serialNumber?: string;
  now?: Date;
}

const BACKDATE_MS = 10 * 60 * 1000;

/** The key usages a leaf for this key asserts: the requested ones, or the default for its key type. */
export function leafKeyUsages(usages: readonly LeafKeyUsage[] | undefined, spki: BufferSource): LeafKeyUsage[] {
  const isEc = describePublicKey(spki).kty === 'EC';
  const requested = usages ?? (isEc ? ['digitalSignature'] : ['digitalSignature', 'keyEncipherment']);
  // RFC 5480 §3: an id-ecPublicKey certificate MUST NOT assert keyEncipherment or dataEncipherment.
  const allowed = isEc ? requested.filter((usage) => usage !== 'keyEncipherment' && usage !== 'dataEncipherment') : [...requested];
  return allowed.length > 0 ? allowed : ['digitalSignature'];
}

function keyUsageExtension(usages: readonly LeafKeyUsage[]): x509.KeyUsagesExtension {
  const flags = usages.reduce((sum, usage) => sum | x509.KeyUsageFlags[usage], 0);
  // RFC 5280 §4.2.1.3: conforming CAs SHOULD mark key usage critical.
  return new x509.KeyUsagesExtension(flags, true);
}

export async function buildLeafCertificate(input: LeafCertificateInput): Promise<IssuedCertificate> {
  const issuingCa = openIssuer(input.issuer);
  const subject = input.subject instanceof x509.Name ? input.subject : new x509.Name(input.subject);
  const now = input.now ?? new Date();
  // The leaf's own issue time, backdated for device clocks that run slow as Intune's leaves are, and not
  // moved up to the CA's notBefore: RFC 5280 §6.1.3 checks each certificate's validity on its own, without nesting,
  // and a leaf issued just after its CA must not show the CA's start as its "Valid from". After the CA's notAfter
  // the chain cannot validate, so notAfter is clamped.
  const notBefore = truncateToSeconds(input.notBefore ?? new Date(now.getTime() - BACKDATE_MS));
  return signCertificate({
    signer: input.issuer.signer,
    issuerName: issuingCa.subjectName,
    subject,
    publicKeySpki: input.subjectPublicKeySpki,
    serialNumber: input.serialNumber ?? generateSerialNumber(),
    notBefore,
    notAfter: earliest(truncateToSeconds(input.notAfter), issuingCa.notAfter),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      keyUsageExtension(leafKeyUsages(input.keyUsages, input.subjectPublicKeySpki)),
      extendedKeyUsageExtension(input.extendedKeyUsages),
      subjectAlternativeNameExtension(input.subjectAlternativeNames ?? [], subject.toJSON().length === 0),
      await subjectKeyIdentifierExtension(input.subjectPublicKeySpki),
      await authorityKeyIdentifierExtension(issuingCa),
      ...publicationExtensions(input),
    ],
  });
}
