// Revoke an issuing CA: only when paused and every certificate it issued is revoked already. Its
// certificate then lands on the root's CRL; the CA keeps serving its own CRL and AIA. A BYOCA's certificate
// belongs to the customer's CA, whose CRL only that CA can change: the portal stops using it.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, markCrlDue, updateCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { countLeafCertificatesByStatus } from '@/lib/db/repositories/leaf-certificate-counts';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { publishCrl } from '../crl/publish-crl';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';

export async function revokeCertificationAuthority(db: Database, principal: ScopedPrincipal, id: string): Promise<CertificationAuthorityRow> {
  const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, id);
  if (ca.caType === 'rootCertificationAuthority') {
    throw new GraphError('Conflict', 'Only an issuing CA can be revoked; a root CA is deleted once no issuing CA is anchored to it.');
  }
  if (ca.status !== 'paused') throw new GraphError('Conflict', `Pause the CA '${ca.displayName}' before revoking it (it is ${ca.status}).`);
  const { active } = await countLeafCertificatesByStatus(db, principal.tenantId, id);
  if (active > 0) {
    throw new GraphError('Conflict', `The CA '${ca.displayName}' still has ${active} active certificate${active === 1 ? '' : 's'}: revoke them first.`);
  }

  const revocationDateTime = new Date();
  const revoked = await db.transaction(async (tx) => {
    const row = await updateCertificationAuthority(tx, principal.tenantScope, id, { status: 'revoked', revocationDateTime }, { statusIn: ['paused'] });
    if (!row) throw new GraphError('Conflict', `The CA '${ca.displayName}' changed state meanwhile; refresh and try again.`);
    if (ca.issuerId) await markCrlDue(tx, ca.issuerId);
    // With the revocation, not after the CRL: a crash in between must not leave it unrecorded.
    await recordAuditEvent(tx, principal, {
      activityType: 'RevokeCloudCertificationAuthorityCertificateAsync CloudCertificationAuthority',
      activityOperationType: 'Action',
      targetType: 'CloudCertificationAuthority',
      targetId: id,
      targetDisplayName: ca.displayName,
      summary: { serialNumber: ca.serialNumber, rootId: ca.issuerId },
    });
    return row;
  });
  // After the commit: signing needs the root key, which the KeyStore loads outside this transaction.
  if (ca.issuerId) await publishCrl(db, ca.issuerId, revocationDateTime);
  return revoked;
}
