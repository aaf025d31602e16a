// The one place a TBSCertificate is signed. Every profile builder ends here, so each issued certificate is
// checked against the signer's public key before anyone stores it: a faulty or mismatched signer (wrong HSM
// object, RSA-CRT fault) fails here instead of in the field.
import type { CertificateSigner } from './certificate-signer';
import { type CertificateSummary, summarizeCertificate } from './certificate-summary';
import { x509SigningParams } from './signer-crypto';
import { x509 } from './x509';

export interface IssuedCertificate {
  der: Uint8Array<ArrayBuffer>;
  summary: CertificateSummary;
}

export interface SignCertificateInput {
  signer: CertificateSigner;
  issuerName: x509.Name;
  subject: x509.Name;
  publicKeySpki: BufferSource;
  serialNumber: string;
  notBefore: Date;
  notAfter: Date;
  extensions: readonly (x509.Extension | undefined)[];
}

export async function signCertificate(input: SignCertificateInput): Promise<IssuedCertificate> {
  if (input.notAfter.getTime() <= input.notBefore.getTime()) {
    throw new Error('The certificate would expire before it becomes valid (is the issuer about to expire?)');
  }
  const { signingKey, signingAlgorithm, crypto } = x509SigningParams(input.signer);
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber: input.serialNumber,
      issuer: input.issuerName,
      subject: input.subject,
      notBefore: input.notBefore,
      notAfter: input.notAfter,
      publicKey: input.publicKeySpki,
      signingKey,
      signingAlgorithm,
      extensions: input.extensions.filter((extension): extension is x509.Extension => extension !== undefined),
    },
    crypto,
  );
  const isValid = await certificate.verify({
    publicKey: new x509.PublicKey(input.signer.publicKeySpki),
    signatureOnly: true,
  });
  if (!isValid) throw new Error('The signer produced a signature its own public key does not verify');
  const der = new Uint8Array(certificate.rawData);
  return { der, summary: summarizeCertificate(der) };
}
