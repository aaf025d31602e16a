// Revokes issued certificates of one CA and republishes its CRL at once (on every revocation),
// one CRL for a whole batch. Intune's action carries no reason; ours records the RFC 5280 §5.3.1 reason.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { markCrlDue } from '@/lib/db/repositories/certification-authorities';
import { type LeafCertificateListItem, getLeafCertificate, revokeLeafCertificate } from '@/lib/db/repositories/leaf-certificates';
import { GraphError } from '@/lib/graph/graph-error';
import type { TRevocationReason } from '@/lib/schemas/leaf-certificate';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getCertificationAuthorityOrThrow } from '../certification-authorities/get-certification-authority-or-throw';
import { publishCrl } from '../crl/publish-crl';

export async function revokeLeafCertificates(
  db: Database,
  principal: ScopedPrincipal,
  caId: string,
  leafCertificateIds: string[],
  revocationReason: TRevocationReason,
): Promise<LeafCertificateListItem[]> {
  const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, caId);
  const revocationDateTime = new Date();
  // All or nothing, audit events included: one refused certificate leaves every other one as it was.
  const revoked = await db.transaction(async (tx) => {
    const rows: LeafCertificateListItem[] = [];
    for (const id of leafCertificateIds) {
      const leaf = await revokeLeafCertificate(tx, { tenantId: principal.tenantId, caId, id, revocationDateTime, revocationReason });
      if (!leaf) throw await refusalFor(tx, principal.tenantId, ca, id);
      rows.push(leaf);
      await recordAuditEvent(tx, principal, {
        activityType: 'RevokeLeafCertAsync CloudCertificationAuthorityLeafCertificate',
        activityOperationType: 'Action',
        targetType: 'CloudCertificationAuthorityLeafCertificate',
        targetId: leaf.id,
        targetDisplayName: leaf.subjectName,
        summary: { serialNumber: leaf.serialNumber, revocationReason, caId },
      });
    }
    // Due at once: if the process dies before the CRL below is stored, the next CDP fetch or republish builds it.
    await markCrlDue(tx, caId);
    return rows;
  });
  // After the commit: signing needs the CA key, which the KeyStore loads outside this transaction.
  await publishCrl(db, caId, revocationDateTime);
  return revoked;
}

async function refusalFor(db: Database, tenantId: string, ca: { id: string; displayName: string }, id: string): Promise<GraphError> {
  const existing = await getLeafCertificate(db, tenantId, id);
  if (!existing || existing.caId !== ca.id) return new GraphError('ResourceNotFound', `No certificate with id '${id}' was issued by '${ca.displayName}'.`);
  return new GraphError('Conflict', `The certificate ${existing.serialNumber} is already revoked.`);
}
