// PATCH roleScopeTags/{id}: rename or describe a tag; Default cannot be changed.
import 'server-only';
import { DEFAULT_SCOPE_TAG } from '@/lib/auth/default-scope-tag';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { ROLE_SCOPE_TAG_NAME_UNIQUE, type RoleScopeTagRow, updateRoleScopeTag as updateRow } from '@/lib/db/repositories/role-scope-tags';
import type { TUpdateRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { recordAuditEvent } from '../audit/record-audit-event';
import { builtInUnchangeable, notFound, withUniqueName } from '../roles/role-errors';
import { getRoleScopeTagOrThrow } from './get-role-scope-tag-or-throw';
import { refuseDefaultName } from './refuse-default-name';

export async function updateRoleScopeTag(db: Database, principal: Principal, id: string, patch: TUpdateRoleScopeTag): Promise<RoleScopeTagRow> {
  if (id === DEFAULT_SCOPE_TAG.id) throw builtInUnchangeable('scope tag', DEFAULT_SCOPE_TAG.displayName);
  const before = await getRoleScopeTagOrThrow(db, principal.tenantId, id);
  refuseDefaultName(patch.displayName);
  if (Object.values(patch).every((value) => value === undefined)) return before;
  return withUniqueName('scope tag', patch.displayName, ROLE_SCOPE_TAG_NAME_UNIQUE, () =>
    db.transaction(async (tx) => {
      const after = await updateRow(tx, principal.tenantId, before.id, patch);
      if (!after) throw notFound('scope tag', id);
      await recordAuditEvent(tx, principal, {
        activityType: 'Patch RoleScopeTag',
        category: 'Role',
        activityOperationType: 'Patch',
        targetType: 'RoleScopeTag',
        targetId: id,
        targetDisplayName: after.displayName,
        summary: { before: { displayName: before.displayName, description: before.description }, after: { displayName: after.displayName, description: after.description } },
      });
      return after;
    }),
  );
}
