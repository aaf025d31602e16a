// The SCEP registration authority of an issuing CA: a separate RSA-2048 key and certificate that decrypts the
// clients' envelopes and signs the replies, so the CA key itself only ever signs certificates and CRLs
// (RFC 8894 §2.1).
import 'server-only';
import type { KeyStore } from '@/lib/keys/key-store';
import { buildRaCertificate } from '@/lib/pki/build-ra-certificate';
import type { CertificateIssuer } from '@/lib/pki/certificate-issuer';
import type { SubjectAttributes } from '@/lib/pki/subject-name';
import { caCertificateUrl, crlUrl } from '@/lib/cloud-pki-urls';

interface RegistrationAuthorityInput {
  keyStore: KeyStore;
  issuer: CertificateIssuer;
  caId: string;
  subject: SubjectAttributes;
  publicUrl: string;
}

export async function createRegistrationAuthority({ keyStore, issuer, caId, subject, publicUrl }: RegistrationAuthorityInput) {
  const { keyUri, publicKeySpki } = await keyStore.createKey({ kty: 'RSA', modulusLength: 2048, decrypts: true });
  const certificate = await buildRaCertificate({
    issuer,
    subject: { ...subject, commonName: `${subject.commonName} SCEP RA`.slice(0, 64) },
    subjectPublicKeySpki: publicKeySpki,
    crlDistributionPointUrl: crlUrl(publicUrl, caId),
    caIssuersUrl: caCertificateUrl(publicUrl, caId),
  });
  return { keyUri, certificateDer: certificate.der };
}
