// DELETE /groups/{id}/members/{memberId}/$ref: removes a direct member (the object itself stays).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { removeGroupMember as removeRow } from '@/lib/db/repositories/groups';
import { recordAuditEvent } from '../audit/record-audit-event';
import { isGuid, resourceNotFound } from './directory-errors';
import { getGroupOrThrow } from './get-group-or-throw';

export async function removeGroupMember(db: Database, principal: Principal, groupId: string, memberId: string): Promise<void> {
  const group = await getGroupOrThrow(db, principal.tenantId, groupId);
  if (!isGuid(memberId)) throw resourceNotFound(memberId);
  await db.transaction(async (tx) => {
    if (!(await removeRow(tx, group.id, memberId))) throw resourceNotFound(memberId);
    await recordAuditEvent(tx, principal, {
      activityType: 'Remove member from group',
      category: 'DirectoryManagement',
      activityOperationType: 'Action',
      targetType: 'Group',
      targetId: group.id,
      targetDisplayName: group.displayName,
      summary: { before: { member: { id: memberId } } },
    });
  });
}
