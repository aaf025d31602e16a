// POST roleAssignments: a role for the members of some groups, over some scope tags.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { insertRoleAssignment, type RoleAssignmentRow } from '@/lib/db/repositories/role-assignments';
import type { TCreateRoleAssignment } from '@/lib/schemas/role-assignment';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getRoleDefinitionOrThrow } from './get-role-definition-or-throw';
import { requireGroupsExist } from './require-groups-exist';
import { requireScopeTagsExist } from './require-scope-tags-exist';
import { roleAssignmentAuditSummary } from './role-assignment-audit-summary';

export async function createRoleAssignment(db: Database, principal: Principal, request: TCreateRoleAssignment): Promise<RoleAssignmentRow> {
  const role = await getRoleDefinitionOrThrow(db, principal.tenantId, request.roleDefinitionId);
  await requireGroupsExist(db, principal.tenantId, request.members);
  await requireScopeTagsExist(db, principal.tenantId, request.roleScopeTagIds);
  return db.transaction(async (tx) => {
    const row = await insertRoleAssignment(tx, { tenantId: principal.tenantId, ...request, roleDefinitionId: role.id });
    await recordAuditEvent(tx, principal, {
      activityType: 'Create RoleAssignment',
      category: 'Role',
      activityOperationType: 'Create',
      targetType: 'RoleAssignment',
      targetId: row.id,
      targetDisplayName: row.displayName,
      summary: { after: { ...roleAssignmentAuditSummary(row), roleDefinition: role.displayName } },
    });
    return row;
  });
}
