// Delete: a revoked issuing CA, a BYOCA still waiting for its signed certificate (it never had
// one to revoke), or a root CA with no issuing CA anchored to it. Frees one of the tenant's six CA slots.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import {
  CertificationAuthorityInUseError,
  deleteCertificationAuthority as deleteRow,
} from '@/lib/db/repositories/certification-authorities';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';

const IN_USE = 'Delete its issuing CAs first: a root CA can only be deleted when no issuing CA is anchored to it.';

export async function deleteCertificationAuthority(db: Database, principal: ScopedPrincipal, id: string): Promise<void> {
  const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, id);
  if (ca.caType !== 'rootCertificationAuthority' && ca.status !== 'revoked' && ca.status !== 'signingPending') {
    throw new GraphError('Conflict', `Only a revoked issuing CA can be deleted: pause '${ca.displayName}', revoke its certificates, then revoke the CA.`);
  }
  try {
    // The delete and its audit event commit together.
    await db.transaction(async (tx) => {
      await deleteRow(tx, principal.tenantScope, id);
      await recordAuditEvent(tx, principal, {
        activityType: 'Delete CloudCertificationAuthority',
        activityOperationType: 'Delete',
        targetType: 'CloudCertificationAuthority',
        targetId: id,
        targetDisplayName: ca.displayName,
        summary: { before: { type: ca.caType, status: ca.status, thumbprint: ca.thumbprint } },
      });
    });
  } catch (error) {
    // The issuer foreign key refuses the delete even if an issuing CA was created after the check above.
    if (error instanceof CertificationAuthorityInUseError) throw new GraphError('Conflict', IN_USE);
    throw error;
  }
}
