// POST /groups: a security group with assigned membership.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { type GroupRow, insertGroup } from '@/lib/db/repositories/groups';
import { mailNicknameOf, type TCreateGroup } from '@/lib/schemas/group';
import { recordAuditEvent } from '../audit/record-audit-event';
import { groupAuditSummary } from './group-audit-summary';

export async function createGroup(db: Database, principal: Principal, request: TCreateGroup): Promise<GroupRow> {
  return db.transaction(async (tx) => {
    const group = await insertGroup(tx, {
      tenantId: principal.tenantId,
      displayName: request.displayName,
      description: request.description ?? null,
      // Graph requires one; the portal's New group dialog, like Entra's, derives it from the name.
      mailNickname: request.mailNickname ?? mailNicknameOf(request.displayName),
    });
    await recordAuditEvent(tx, principal, {
      activityType: 'Add group',
      category: 'DirectoryManagement',
      activityOperationType: 'Create',
      targetType: 'Group',
      targetId: group.id,
      targetDisplayName: group.displayName,
      summary: { after: groupAuditSummary(group) },
    });
    return group;
  });
}
