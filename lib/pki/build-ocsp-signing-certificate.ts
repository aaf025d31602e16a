// Delegated OCSP signing certificate (RFC 6960 §4.2.2.2): issued directly by the CA whose certificates it answers
// for, with id-kp-OCSPSigning, so the CA key signs certificates and CRLs only while the responder key answers
// every request. id-pkix-ocsp-nocheck (§4.2.2.2.1) tells clients not to check the responder's own revocation,
// which is why the certificate is short-lived and re-issued well before it expires.
import { authorityKeyIdentifierExtension, subjectKeyIdentifierExtension } from './certificate-extensions';
import { type CertificateIssuer, openIssuer } from './certificate-issuer';
import { generateSerialNumber } from './serial-number';
import { type IssuedCertificate, signCertificate } from './sign-certificate';
import { earliest, truncateToSeconds } from './validity';
import { x509 } from './x509';

const ID_KP_OCSP_SIGNING = '1.3.6.1.5.5.7.3.9';
const ID_PKIX_OCSP_NOCHECK = '1.3.6.1.5.5.7.48.1.5';
/** DER NULL: the extension's value (RFC 6960 §4.2.2.2.1 `ext-ocsp-nocheck ... EXTENSION ::= { SYNTAX NULL }`). */
const DER_NULL = new Uint8Array([0x05, 0x00]);

export const OCSP_SIGNING_CERTIFICATE_VALIDITY_MS = 30 * 24 * 60 * 60 * 1000;

export interface OcspSigningCertificateInput {
  /** The CA (one version of it) the responder answers for. */
  issuer: CertificateIssuer;
  subjectPublicKeySpki: BufferSource;
  serialNumber?: string;
  now?: Date;
}

export async function buildOcspSigningCertificate(input: OcspSigningCertificateInput): Promise<IssuedCertificate> {
  const ca = openIssuer(input.issuer);
  const notBefore = truncateToSeconds(input.now ?? new Date());
  const caCommonName = ca.subjectName.getField('CN')[0] ?? 'Cloud PKI';
  return signCertificate({
    signer: input.issuer.signer,
    issuerName: ca.subjectName,
    subject: new x509.Name([...ca.subjectName.toJSON().filter((rdn) => !('CN' in rdn)), { CN: [`${caCommonName} OCSP Signer`] }]),
    publicKeySpki: input.subjectPublicKeySpki,
    serialNumber: input.serialNumber ?? generateSerialNumber(),
    notBefore,
    notAfter: earliest(new Date(notBefore.getTime() + OCSP_SIGNING_CERTIFICATE_VALIDITY_MS), ca.notAfter),
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([ID_KP_OCSP_SIGNING], false),
      new x509.Extension(ID_PKIX_OCSP_NOCHECK, false, DER_NULL),
      await subjectKeyIdentifierExtension(input.subjectPublicKeySpki),
      await authorityKeyIdentifierExtension(ca),
    ],
  });
}
