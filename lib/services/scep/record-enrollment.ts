// What one enrollment writes, each outcome in one transaction: the challenge consumed, the leaf stored, the SCEP
// transaction recorded and the audit event written commit together or not at all. The client gets its certificate
// only after COMMIT, so a crash (kill -9) at any point leaves no issued certificate unrecorded and no challenge
// burnt without one. Signing happens before, outside the transaction: a transaction never waits on the CA key.
import 'server-only';
import { TransactionRollbackError } from 'drizzle-orm';
import type { Database } from '@/lib/db/database';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { insertLeafCertificate, type LeafCertificateRow, type NewLeafCertificate } from '@/lib/db/repositories/leaf-certificates';
import { consumeChallenge } from '@/lib/db/repositories/scep-challenges';
import { saveScepTransaction } from '@/lib/db/repositories/scep-transactions';
import type { FailInfo } from '@/lib/scep/scep-message-type';
import { recordAuditEvent } from '../audit/record-audit-event';

export interface Issuance {
  ca: CertificationAuthorityRow;
  transactionId: string;
  leaf: NewLeafCertificate;
  /** The hash of the one-time challenge this issuance consumes; undefined for a RenewalReq. */
  challengeHash: string | undefined;
  isRenewal: boolean;
  now: Date;
}

/** Stores the issued certificate; undefined (and nothing written) when a concurrent request took the challenge first. */
export async function recordIssuance(db: Database, issuance: Issuance): Promise<LeafCertificateRow | undefined> {
  const { ca, transactionId, challengeHash, now } = issuance;
  return db.transaction(async (tx) => {
    // Atomic: of concurrent requests presenting one challenge, exactly one gets it (RFC 8894 §2.3: one-time).
    if (challengeHash !== undefined && !(await consumeChallenge(tx, ca.id, challengeHash, now))) {
      tx.rollback();
    }
    const leaf = await insertLeafCertificate(tx, issuance.leaf);
    await saveScepTransaction(tx, { tenantId: ca.tenantId, caId: ca.id, transactionId, status: 'success', leafCertificateId: leaf.id });
    await auditEnrollment(tx, ca, 'Success', { transactionId, serialNumber: leaf.serialNumber, subjectName: leaf.subjectName, renewal: issuance.isRenewal });
    return leaf;
  }).catch((error: unknown) => {
    if (error instanceof TransactionRollbackError) return undefined;
    throw error;
  });
}

/** A refusal: the FAILURE transaction record and its audit event, together. */
export async function recordRefusal(db: Database, ca: CertificationAuthorityRow, transactionId: string, failInfo: FailInfo, reason: string): Promise<void> {
  await db.transaction(async (tx) => {
    await saveScepTransaction(tx, { tenantId: ca.tenantId, caId: ca.id, transactionId, status: 'failure', failInfo });
    await auditEnrollment(tx, ca, 'Failure', { transactionId, failInfo, reason });
  });
}

function auditEnrollment(db: Database, ca: CertificationAuthorityRow, result: 'Success' | 'Failure', summary: Record<string, unknown>) {
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
