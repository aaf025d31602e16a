// Pause and Resume: a paused issuing CA refuses enrollments but keeps serving its CRL and AIA.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, updateCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';

export async function changeCertificationAuthorityStatus(
  db: Database,
  principal: ScopedPrincipal,
  id: string,
  status: 'paused' | 'active',
): Promise<CertificationAuthorityRow> {
  const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, id);
  if (ca.caType === 'rootCertificationAuthority') {
    throw new GraphError('Conflict', 'A root CA issues no device certificates, so it cannot be paused; pause its issuing CAs.');
  }
  const from = status === 'paused' ? 'active' : 'paused';
  // Conditional on the current state, so two admins clicking at once cannot skip a step of the state machine.
  const updated = await updateCertificationAuthority(db, principal.tenantScope, id, { status }, { statusIn: [from] });
  if (!updated) {
    throw new GraphError('Conflict', `The CA '${ca.displayName}' is ${ca.status}; only ${from === 'active' ? 'an active CA can be paused' : 'a paused CA can be resumed'}.`);
  }
  await recordAuditEvent(db, principal, {
    activityType: 'ChangeCloudCertificationAuthorityStatusAsync CloudCertificationAuthority',
    activityOperationType: 'Action',
    targetType: 'CloudCertificationAuthority',
    targetId: id,
    targetDisplayName: ca.displayName,
    summary: { before: { status: ca.status }, after: { status } },
  });
  return updated;
}
