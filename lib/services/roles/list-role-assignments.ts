// GET roleAssignments, with each assignment's role when the request expands roleDefinition.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listRoleAssignments as listRows, type RoleAssignmentRow } from '@/lib/db/repositories/role-assignments';
import { listRoleDefinitions } from './list-role-definitions';
import type { RoleDefinition } from './role-definition';

export interface RoleAssignmentWithRole {
  assignment: RoleAssignmentRow;
  /** Undefined when not expanded, or when the role was deleted since. */
  roleDefinition?: RoleDefinition;
}

export async function listRoleAssignments(db: Database, tenantId: string, options: { isRoleExpanded: boolean }): Promise<RoleAssignmentWithRole[]> {
  const rows = await listRows(db, tenantId);
  if (!options.isRoleExpanded) return rows.map((assignment) => ({ assignment }));
  const roles = new Map((await listRoleDefinitions(db, tenantId)).map((role) => [role.id, role]));
  return rows.map((assignment) => {
    const roleDefinition = roles.get(assignment.roleDefinitionId);
    return roleDefinition ? { assignment, roleDefinition } : { assignment };
  });
}
