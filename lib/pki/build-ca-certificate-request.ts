// The PKCS#10 request of a bring-your-own-CA issuing CA (RFC 2986): its subject and key, signed through
// the CertificateSigner port so the key never leaves the KeyStore, with the CA extensions it asks the external CA
// for in an extensionRequest attribute (RFC 2985 §5.4.2). ADCS's SubCA template and `openssl x509 -copy_extensions`
// may copy them; the upload check then verifies what the signer actually wrote.
import { caKeyUsageExtension, extendedKeyUsageExtension, subjectKeyIdentifierExtension } from './certificate-extensions';
import type { CertificateSigner } from './certificate-signer';
import { x509SigningParams } from './signer-crypto';
import { buildSubjectName, type SubjectAttributes } from './subject-name';
import { x509 } from './x509';

export interface CaCertificateRequestInput {
  signer: CertificateSigner;
  subject: SubjectAttributes;
  /** EKU OIDs the CA will put on its leaves (free choice for a BYOCA). */
  extendedKeyUsages: readonly string[];
}

export async function buildCaCertificateRequest(input: CaCertificateRequestInput): Promise<Uint8Array<ArrayBuffer>> {
  const { signingKey, signingAlgorithm, crypto } = x509SigningParams(input.signer);
  // The generator reads the public key through crypto.subtle.exportKey('spki'); the signer already holds it.
  const requestCrypto = {
    ...crypto,
    subtle: { ...crypto.subtle, exportKey: async () => input.signer.publicKeySpki },
  } as unknown as Crypto;
  const extensions: (x509.Extension | undefined)[] = [
    // RFC 5280 §4.2.1.9: pathLenConstraint 0 — the issuing CA signs leaves only.
    new x509.BasicConstraintsExtension(true, 0, true),
    caKeyUsageExtension(),
    await subjectKeyIdentifierExtension(input.signer.publicKeySpki),
    extendedKeyUsageExtension(input.extendedKeyUsages),
  ];
  const request = await x509.Pkcs10CertificateRequestGenerator.create(
    {
      name: buildSubjectName(input.subject),
      keys: { privateKey: signingKey, publicKey: signingKey },
      signingAlgorithm,
      extensions: extensions.filter((extension): extension is x509.Extension => extension !== undefined),
    },
    requestCrypto,
  );
  if (!(await request.verify())) throw new Error('The signer produced a request signature its own public key does not verify');
  return new Uint8Array(request.rawData);
}
