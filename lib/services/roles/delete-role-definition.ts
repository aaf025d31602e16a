// DELETE roleDefinitions/{id}: a custom role nobody holds any more (Intune refuses while assignments exist).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { countRoleAssignmentsOfDefinition } from '@/lib/db/repositories/role-assignments';
import { deleteRoleDefinition as deleteRow } from '@/lib/db/repositories/role-definitions';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getRoleDefinitionOrThrow } from './get-role-definition-or-throw';
import { roleDefinitionAuditSummary } from './role-definition-audit-summary';
import { builtInUnchangeable, notFound } from './role-errors';

export async function deleteRoleDefinition(db: Database, principal: Principal, id: string): Promise<void> {
  const role = await getRoleDefinitionOrThrow(db, principal.tenantId, id);
  if (role.isBuiltIn) throw builtInUnchangeable('role', role.displayName);
  await db.transaction(async (tx) => {
    const assignments = await countRoleAssignmentsOfDefinition(tx, principal.tenantId, role.id);
    if (assignments > 0) throw new GraphError('Conflict', `The role '${role.displayName}' has ${assignments} assignment(s): delete them first.`);
    if (!(await deleteRow(tx, principal.tenantId, role.id))) throw notFound('role definition', id);
    await recordAuditEvent(tx, principal, {
      activityType: 'Delete RoleDefinition',
      category: 'Role',
      activityOperationType: 'Delete',
      targetType: 'RoleDefinition',
      targetId: role.id,
      targetDisplayName: role.displayName,
      summary: { before: roleDefinitionAuditSummary(role) },
    });
  });
}
