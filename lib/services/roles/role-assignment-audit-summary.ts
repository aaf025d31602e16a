// What the audit log keeps of a role assignment.
import type { RoleAssignmentRow } from '@/lib/db/repositories/role-assignments';

export function roleAssignmentAuditSummary(row: RoleAssignmentRow) {
  return { displayName: row.displayName, roleDefinitionId: row.roleDefinitionId, members: row.members, roleScopeTagIds: row.roleScopeTagIds };
}
