// DELETE /groups/{id}: the group, its member list, and its memberships in other groups.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { deleteGroup as deleteRow } from '@/lib/db/repositories/groups';
import { recordAuditEvent } from '../audit/record-audit-event';
import { resourceNotFound } from './directory-errors';
import { getGroupOrThrow } from './get-group-or-throw';
import { groupAuditSummary } from './group-audit-summary';

export async function deleteGroup(db: Database, principal: Principal, id: string): Promise<void> {
  const group = await getGroupOrThrow(db, principal.tenantId, id);
  await db.transaction(async (tx) => {
    if (!(await deleteRow(tx, principal.tenantId, id))) throw resourceNotFound(id);
    await recordAuditEvent(tx, principal, {
      activityType: 'Delete group',
      category: 'DirectoryManagement',
      activityOperationType: 'Delete',
      targetType: 'Group',
      targetId: id,
      targetDisplayName: group.displayName,
      summary: { before: groupAuditSummary(group) },
    });
  });
}
