// DELETE roleAssignments/{id}: its groups lose the role at their next request.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { deleteRoleAssignment as deleteRow } from '@/lib/db/repositories/role-assignments';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getRoleAssignmentOrThrow } from './get-role-assignment-or-throw';
import { roleAssignmentAuditSummary } from './role-assignment-audit-summary';
import { notFound } from './role-errors';

export async function deleteRoleAssignment(db: Database, principal: Principal, id: string): Promise<void> {
  const row = await getRoleAssignmentOrThrow(db, principal.tenantId, id);
  await db.transaction(async (tx) => {
    if (!(await deleteRow(tx, principal.tenantId, row.id))) throw notFound('role assignment', id);
    await recordAuditEvent(tx, principal, {
      activityType: 'Delete RoleAssignment',
      category: 'Role',
      activityOperationType: 'Delete',
      targetType: 'RoleAssignment',
      targetId: row.id,
      targetDisplayName: row.displayName,
      summary: { before: roleAssignmentAuditSummary(row) },
    });
  });
}
