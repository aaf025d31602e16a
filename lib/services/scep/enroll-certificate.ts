// The issuance side of PKIOperation (RFC 8894 §3.3.1): checks the CA state, the one-time challenge (or, for
// RenewalReq, the certificate being renewed) and the CSR, then issues. Every refusal is a FAILURE reply with
// a failInfo for the client and the reason in the audit log.
import 'server-only';
import type { Database } from '@/lib/db/database';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { getLeafCertificateBySerialNumber } from '@/lib/db/repositories/leaf-certificates';
import { consumeChallenge } from '@/lib/db/repositories/scep-challenges';
import { saveScepTransaction } from '@/lib/db/repositories/scep-transactions';
import { checkCertificationRequest } from '@/lib/pki/check-certification-request';
import { caKeyProfileOf } from '@/lib/pki/key-specs';
import { parseCertificationRequest } from '@/lib/pki/parse-certification-request';
import { summarizeCertificate } from '@/lib/pki/certificate-summary';
import type { TCertificateKeySize } from '@/lib/schemas/certification-authority';
import type { EnrollmentRequest, EnrollmentResult } from '@/lib/scep/scep-authority';
import type { FailInfo } from '@/lib/scep/scep-message-type';
import { recordAuditEvent } from '../audit/record-audit-event';
import { bindingOfChallenge, bindingOfRenewedCertificate } from './resolve-enrollment-binding';
import type { EnrollmentBinding } from './enrollment-binding';
import { hashChallenge } from './hash-challenge';
import { issueLeafCertificate } from './issue-leaf-certificate';

class EnrollmentRefusal extends Error {
  constructor(
    readonly failInfo: FailInfo,
    message: string,
  ) {
    super(message);
  }
}

export async function enrollCertificate(
  db: Database,
  ca: CertificationAuthorityRow,
  request: EnrollmentRequest,
  publicUrl: string,
): Promise<EnrollmentResult> {
  const now = new Date();
  try {
    if (ca.status !== 'active') {
      throw new EnrollmentRefusal('badRequest', `The issuing CA is ${ca.status === 'signingPending' ? 'waiting for its signed certificate' : ca.status} and issues no certificates.`);
    }
    const csr = await parseCertificationRequest(new Uint8Array(request.csrDer)).catch((error: Error) => {
      throw new EnrollmentRefusal('badRequest', `The CSR cannot be read: ${error.message}`);
    });
    // The CA's own key size bounds what it issues (spec §2.2); an ECC CA accepts RSA keys up to 4096 bits.
    const { keySpec } = caKeyProfileOf(ca.certificateKeySize as TCertificateKeySize);
    const problems = checkCertificationRequest(csr, { maxRsaBits: keySpec.kty === 'RSA' ? keySpec.modulusLength : 4096 });
    if (problems.length > 0) throw new EnrollmentRefusal('badRequest', problems.join('; '));

    const binding = request.isRenewal ? await renewalBinding(db, ca, request, now) : await challengeBinding(db, ca, request, now);
    const caEkus = new Set(ca.extendedKeyUsages.map((eku) => eku.objectIdentifier));
    const foreign = binding.extendedKeyUsages.filter((oid) => !caEkus.has(oid));
    // Leaves carry only EKUs the issuing CA has (spec §2.3); otherwise no certificate is issued.
    if (foreign.length > 0) throw new EnrollmentRefusal('badRequest', `Extended key usage ${foreign.join(', ')} is not on the issuing CA.`);

    const leaf = await issueLeafCertificate(db, ca, csr, binding, publicUrl, now);
    await saveScepTransaction(db, { tenantId: ca.tenantId, caId: ca.id, transactionId: request.transactionId, status: 'success', leafCertificateId: leaf.id });
    await audit(db, ca, 'Success', { transactionId: request.transactionId, serialNumber: leaf.serialNumber, subjectName: leaf.subjectName, renewal: request.isRenewal });
    return { status: 'SUCCESS', certificateDer: leaf.certificateDer };
  } catch (error) {
    if (!(error instanceof EnrollmentRefusal)) throw error;
    await saveScepTransaction(db, { tenantId: ca.tenantId, caId: ca.id, transactionId: request.transactionId, status: 'failure', failInfo: error.failInfo });
    await audit(db, ca, 'Failure', { transactionId: request.transactionId, failInfo: error.failInfo, reason: error.message });
    return { status: 'FAILURE', failInfo: error.failInfo, reason: error.message };
  }
}

async function challengeBinding(db: Database, ca: CertificationAuthorityRow, request: EnrollmentRequest, now: Date): Promise<EnrollmentBinding> {
  if (!request.challengePassword) throw new EnrollmentRefusal('badRequest', 'The request carries no challenge password.');
  // Atomic: of concurrent requests presenting one challenge, exactly one gets it (RFC 8894 §2.3: one-time).
  const challenge = await consumeChallenge(db, ca.id, hashChallenge(request.challengePassword), now);
  if (!challenge) throw new EnrollmentRefusal('badRequest', 'The challenge password is wrong, expired or already used.');
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

function audit(db: Database, ca: CertificationAuthorityRow, result: 'Success' | 'Failure', summary: Record<string, unknown>) {
  return recordAuditEvent(db, { tenantId: ca.tenantId, type: 'system', name: 'SCEP service' }, {
    activityType: 'IssueLeafCertificate CloudCertificationAuthorityLeafCertificate',
    activityOperationType: 'Create',
    activityResult: result,
    targetType: 'CloudCertificationAuthority',
    targetId: ca.id,
    targetDisplayName: ca.displayName,
    summary,
  });
}
