// PATCH cloudCertificationAuthority: only the name, description and scope tags change after creation.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import {
  type CertificationAuthorityRow,
  updateCertificationAuthority as updateRow,
} from '@/lib/db/repositories/certification-authorities';
import type { TUpdateCertificationAuthority } from '@/lib/schemas/certification-authority';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';

export async function updateCertificationAuthority(
  db: Database,
  principal: Principal,
  id: string,
  patch: TUpdateCertificationAuthority,
): Promise<CertificationAuthorityRow> {
  const before = await getCertificationAuthorityOrThrow(db, principal.tenantId, id);
  const after = (await updateRow(db, principal.tenantId, id, patch)) ?? (await getCertificationAuthorityOrThrow(db, principal.tenantId, id));
  await recordAuditEvent(db, principal, {
    activityType: 'Patch CloudCertificationAuthority',
    activityOperationType: 'Patch',
    targetType: 'CloudCertificationAuthority',
    targetId: id,
    targetDisplayName: after.displayName,
    summary: {
      before: { displayName: before.displayName, description: before.description, roleScopeTagIds: before.roleScopeTagIds },
      after: patch,
    },
  });
  return after;
}
