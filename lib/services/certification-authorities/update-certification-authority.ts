// PATCH cloudCertificationAuthority: only the name, description and scope tags change after creation.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import {
  type CertificationAuthorityRow,
  updateCertificationAuthority as updateRow,
} from '@/lib/db/repositories/certification-authorities';
import type { TUpdateCertificationAuthority } from '@/lib/schemas/certification-authority';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';
import { requireAssignableScopeTags } from '../scope-tags/require-assignable-scope-tags';

export async function updateCertificationAuthority(
  db: Database,
  principal: ScopedPrincipal,
  id: string,
  patch: TUpdateCertificationAuthority,
): Promise<CertificationAuthorityRow> {
  const before = await getCertificationAuthorityOrThrow(db, principal.tenantScope, id);
  if (patch.roleScopeTagIds) await requireAssignableScopeTags(db, principal, patch.roleScopeTagIds, before.roleScopeTagIds);
  const after = (await updateRow(db, principal.tenantScope, id, patch)) ?? (await getCertificationAuthorityOrThrow(db, principal.tenantScope, id));
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
