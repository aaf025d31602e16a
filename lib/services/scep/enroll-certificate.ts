// The issuance side of PKIOperation (RFC 8894 §3.3.1): checks the CA state, the one-time challenge (or, for
// RenewalReq, the certificate being renewed) and the CSR, signs, then records it all in one transaction
// (record-enrollment.ts). Every refusal is a FAILURE reply with a failInfo for the client and the reason in the
// audit log.
import 'server-only';
import type { Database } from '@/lib/db/database';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { getLeafCertificateBySerialNumber } from '@/lib/db/repositories/leaf-certificates';
import { findUsableChallenge } from '@/lib/db/repositories/scep-challenges';
import type { CertificateIssuer } from '@/lib/pki/certificate-issuer';
import { checkCertificationRequest } from '@/lib/pki/check-certification-request';
import { caKeyProfileOf } from '@/lib/pki/key-specs';
import { summarizeCertificate } from '@/lib/pki/certificate-summary';
import type { TCertificateKeySize } from '@/lib/schemas/certification-authority';
import type { EnrollmentRequest, EnrollmentResult } from '@/lib/scep/scep-authority';
import type { FailInfo } from '@/lib/scep/scep-message-type';
import { bindingOfChallenge, bindingOfRenewedCertificate } from './resolve-enrollment-binding';
import type { EnrollmentBinding } from './enrollment-binding';
import { hashChallenge } from './hash-challenge';
import { recordIssuance, recordRefusal } from './record-enrollment';
import { signLeafCertificate } from './sign-leaf-certificate';

class EnrollmentRefusal extends Error {
  constructor(
    readonly failInfo: FailInfo,
    message: string,
  ) {
    super(message);
  }
}

export interface EnrollmentContext {
  /** The issuing CA as a signer: its certificate and a KeyStore-backed key. */
  issuer: CertificateIssuer;
  publicUrl: string;
}

const CHALLENGE_UNUSABLE = 'The challenge password is wrong, expired or already used.';

export async function enrollCertificate(
  db: Database,
  ca: CertificationAuthorityRow,
  request: EnrollmentRequest,
  { issuer, publicUrl }: EnrollmentContext,
): Promise<EnrollmentResult> {
  const now = new Date();
  try {
    if (ca.status !== 'active') {
      throw new EnrollmentRefusal('badRequest', `The issuing CA is ${ca.status === 'signingPending' ? 'waiting for its signed certificate' : ca.status} and issues no certificates.`);
    }
    const { csr } = request;
    // The CA's own key size bounds what it issues; an ECC CA accepts RSA keys up to 4096 bits.
    const { keySpec } = caKeyProfileOf(ca.certificateKeySize as TCertificateKeySize);
    const problems = checkCertificationRequest(csr, { maxRsaBits: keySpec.kty === 'RSA' ? keySpec.modulusLength : 4096 });
    if (problems.length > 0) throw new EnrollmentRefusal('badRequest', problems.join('; '));

    const challengeHash = request.isRenewal ? undefined : hashChallengeOf(request);
    const binding = challengeHash === undefined ? await renewalBinding(db, ca, request, now) : await challengeBinding(db, ca, challengeHash, now);
    const caEkus = new Set(ca.extendedKeyUsages.map((eku) => eku.objectIdentifier));
    const foreign = binding.extendedKeyUsages.filter((oid) => !caEkus.has(oid));
    // Leaves carry only EKUs the issuing CA has; otherwise no certificate is issued.
    if (foreign.length > 0) throw new EnrollmentRefusal('badRequest', `Extended key usage ${foreign.join(', ')} is not on the issuing CA.`);

    const leaf = await signLeafCertificate({ ca, issuer, csr, binding, publicUrl, now });
    const stored = await recordIssuance(db, { ca, transactionId: request.transactionId, leaf, challengeHash, isRenewal: request.isRenewal, now });
    // A concurrent request consumed the challenge between our check and our transaction: this signature is discarded.
    if (!stored) throw new EnrollmentRefusal('badRequest', CHALLENGE_UNUSABLE);
    return { status: 'SUCCESS', certificateDer: stored.certificateDer };
  } catch (error) {
    if (!(error instanceof EnrollmentRefusal)) throw error;
    await recordRefusal(db, ca, request.transactionId, error.failInfo, error.message);
    return { status: 'FAILURE', failInfo: error.failInfo, reason: error.message };
  }
}

function hashChallengeOf(request: EnrollmentRequest): string {
  const { challengePassword } = request.csr;
  if (!challengePassword) throw new EnrollmentRefusal('badRequest', 'The request carries no challenge password.');
  return hashChallenge(challengePassword);
}

// Read-only: the challenge is consumed in the issuance transaction, so a refusal after this point leaves it usable
// and a wrong challenge is refused before the CA key signs anything.
async function challengeBinding(db: Database, ca: CertificationAuthorityRow, challengeHash: string, now: Date): Promise<EnrollmentBinding> {
  const challenge = await findUsableChallenge(db, ca.id, challengeHash, now);
  if (!challenge) throw new EnrollmentRefusal('badRequest', CHALLENGE_UNUSABLE);
  return bindingOfChallenge(db, challenge);
}

async function renewalBinding(db: Database, ca: CertificationAuthorityRow, request: EnrollmentRequest, now: Date): Promise<EnrollmentBinding> {
  // lib/scep verified the signer certificate chains to this CA and is in its validity period; revocation is ours.
  const { serialNumber } = summarizeCertificate(new Uint8Array(request.signerCertificateDer));
  const current = await getLeafCertificateBySerialNumber(db, ca.tenantId, ca.id, serialNumber, now);
  if (!current || current.status !== 'active') {
    throw new EnrollmentRefusal('badCertId', 'The certificate to renew is not an active certificate of this CA.');
  }
  return bindingOfRenewedCertificate(db, current);
}
