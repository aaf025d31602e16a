// PATCH roleAssignments/{id}: its name, groups or scope tags (the role itself is fixed, as in Intune).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { type RoleAssignmentRow, updateRoleAssignment as updateRow } from '@/lib/db/repositories/role-assignments';
import type { TUpdateRoleAssignment } from '@/lib/schemas/role-assignment';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getRoleAssignmentOrThrow } from './get-role-assignment-or-throw';
import { requireGroupsExist } from './require-groups-exist';
import { requireScopeTagsExist } from './require-scope-tags-exist';
import { roleAssignmentAuditSummary } from './role-assignment-audit-summary';
import { notFound } from './role-errors';

export async function updateRoleAssignment(db: Database, principal: Principal, id: string, patch: TUpdateRoleAssignment): Promise<RoleAssignmentRow> {
  const before = await getRoleAssignmentOrThrow(db, principal.tenantId, id);
  if (patch.members) await requireGroupsExist(db, principal.tenantId, patch.members);
  if (patch.roleScopeTagIds) await requireScopeTagsExist(db, principal.tenantId, patch.roleScopeTagIds);
  if (Object.values(patch).every((value) => value === undefined)) return before;
  return db.transaction(async (tx) => {
    const after = await updateRow(tx, principal.tenantId, before.id, patch);
    if (!after) throw notFound('role assignment', id);
    await recordAuditEvent(tx, principal, {
      activityType: 'Patch RoleAssignment',
      category: 'Role',
      activityOperationType: 'Patch',
      targetType: 'RoleAssignment',
      targetId: after.id,
      targetDisplayName: after.displayName,
      summary: { before: roleAssignmentAuditSummary(before), after: roleAssignmentAuditSummary(after) },
    });
    return after;
  });
}
