// The PKCS#10 request of a PKCSReq (RFC 8894 §3.3.1, RFC 2986): the subject and key, the one-time challenge as the
// PKCS#9 challengePassword (§2.3; a PrintableString — generateChallenge draws from that alphabet), and the requested
// subject alternative names in an extensionRequest attribute (RFC 2985 §5.4.2), which the server copies into the
// certificate.
import type { SubjectAlternativeName } from '@/lib/pki/subject-alternative-names';
import { subjectAlternativeNameExtension } from '@/lib/pki/subject-alternative-names';
import { x509 } from '@/lib/pki/x509';
import { type RequesterKey, SIGNING_ALGORITHM } from './requester-key';

export interface CertificationRequestInput {
  readonly key: RequesterKey;
  readonly subject: x509.Name;
  readonly subjectAlternativeNames: readonly SubjectAlternativeName[];
  readonly challengePassword: string;
}

export async function buildCertificationRequest(input: CertificationRequestInput): Promise<Uint8Array> {
  const isSubjectEmpty = input.subject.toJSON().length === 0;
  const san = subjectAlternativeNameExtension(input.subjectAlternativeNames, isSubjectEmpty);
  const request = await x509.Pkcs10CertificateRequestGenerator.create({
    name: input.subject,
    keys: input.key.signingKeys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: san ? [san] : [],
    attributes: [new x509.ChallengePasswordAttribute(input.challengePassword)],
  });
  return new Uint8Array(request.rawData);
}
