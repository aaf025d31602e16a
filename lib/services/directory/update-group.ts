// PATCH /groups/{id}: name, description, mail nickname.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { type GroupRow, updateGroup as updateRow } from '@/lib/db/repositories/groups';
import type { TUpdateGroup } from '@/lib/schemas/group';
import { recordAuditEvent } from '../audit/record-audit-event';
import { resourceNotFound } from './directory-errors';
import { getGroupOrThrow } from './get-group-or-throw';
import { groupAuditSummary } from './group-audit-summary';

export async function updateGroup(db: Database, principal: Principal, id: string, patch: TUpdateGroup): Promise<GroupRow> {
  const before = await getGroupOrThrow(db, principal.tenantId, id);
  // zod keeps absent optional keys as undefined, which drizzle skips: nothing to write is a no-op, not an error.
  if (Object.values(patch).every((value) => value === undefined)) return before;
  return db.transaction(async (tx) => {
    const after = await updateRow(tx, principal.tenantId, id, patch);
    if (!after) throw resourceNotFound(id);
    await recordAuditEvent(tx, principal, {
      activityType: 'Update group',
      category: 'DirectoryManagement',
      activityOperationType: 'Patch',
      targetType: 'Group',
      targetId: id,
      targetDisplayName: after.displayName,
      summary: { before: groupAuditSummary(before), after: groupAuditSummary(after) },
    });
    return after;
  });
}
