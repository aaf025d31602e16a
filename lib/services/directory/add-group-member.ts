// POST /groups/{id}/members/$ref: adds a user, a managed device or a group (nested) of the tenant as a direct member.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { type DirectoryObject, findDirectoryObject } from '@/lib/db/repositories/directory-objects';
import { addGroupMember as addRow, GroupSelfMembershipError } from '@/lib/db/repositories/groups';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { resourceNotFound } from './directory-errors';
import { getGroupOrThrow } from './get-group-or-throw';

// Microsoft Graph's words for each refusal, so scripts that match on them keep working.
const ALREADY_MEMBER = "One or more added object references already exist for the following modified properties: 'members'.";
const SELF_MEMBER = 'A group cannot be added as a member of itself.';

function displayNameOf(object: DirectoryObject): string {
  if (object.type === 'user') return object.user.userPrincipalName;
  return object.type === 'device' ? object.device.deviceName : object.group.displayName;
}

export async function addGroupMember(db: Database, principal: Principal, groupId: string, memberId: string): Promise<void> {
  const group = await getGroupOrThrow(db, principal.tenantId, groupId);
  if (memberId === group.id) throw new GraphError('BadRequest', SELF_MEMBER);
  const member = await findDirectoryObject(db, principal.tenantId, memberId);
  if (!member) throw resourceNotFound(memberId);

  try {
    await db.transaction(async (tx) => {
      if (!(await addRow(tx, { groupId: group.id, memberId, memberType: member.type }))) {
        throw new GraphError('BadRequest', ALREADY_MEMBER);
      }
      await recordAuditEvent(tx, principal, {
        activityType: 'Add member to group',
        category: 'DirectoryManagement',
        activityOperationType: 'Action',
        targetType: 'Group',
        targetId: group.id,
        targetDisplayName: group.displayName,
        summary: { after: { member: { type: member.type, id: memberId, displayName: displayNameOf(member) } } },
      });
    });
  } catch (error) {
    if (error instanceof GroupSelfMembershipError) throw new GraphError('BadRequest', SELF_MEMBER);
    throw error;
  }
}
