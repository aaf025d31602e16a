// POST roleScopeTags/{id}/assign (Tenant administration › Scope tags › Assignments): replaces the groups the tag is
// assigned to. Default is every object's tag without a choice and is assigned to nobody in particular.
import 'server-only';
import { DEFAULT_SCOPE_TAG } from '@/lib/auth/default-scope-tag';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import {
  listRoleScopeTagAssignments,
  replaceRoleScopeTagAssignments,
  type RoleScopeTagAssignmentRow,
} from '@/lib/db/repositories/role-scope-tag-assignments';
import { GROUP_TARGET } from '@/lib/schemas/device-configuration/assignment';
import type { TAssignRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { recordAuditEvent } from '../audit/record-audit-event';
import { ensureAssignedGroupsExist } from '../device-configurations/ensure-assigned-groups-exist';
import { builtInUnchangeable } from '../roles/role-errors';
import { getRoleScopeTagOrThrow } from './get-role-scope-tag-or-throw';

export async function assignRoleScopeTag(
  db: Database,
  principal: Principal,
  id: string,
  { assignments }: TAssignRoleScopeTag,
): Promise<RoleScopeTagAssignmentRow[]> {
  if (id === DEFAULT_SCOPE_TAG.id) throw builtInUnchangeable('scope tag', DEFAULT_SCOPE_TAG.displayName);
  // Stored as PostgreSQL prints uuids, so a set sent in upper case compares equal to the one stored.
  const groupIds = assignments.map(({ target }) => target.groupId.toLowerCase());
  return db.transaction(async (tx) => {
    const tag = await getRoleScopeTagOrThrow(tx, principal.tenantId, id);
    await ensureAssignedGroupsExist(
      tx,
      principal.tenantId,
      groupIds.map((groupId) => ({ '@odata.type': GROUP_TARGET, groupId })),
    );
    const before = await listRoleScopeTagAssignments(tx, tag.id);
    const rows = await replaceRoleScopeTagAssignments(tx, tag.id, groupIds);
    await recordAuditEvent(tx, principal, {
      activityType: 'Assign RoleScopeTag',
      category: 'Role',
      activityOperationType: 'Action',
      targetType: 'RoleScopeTag',
      targetId: id,
      targetDisplayName: tag.displayName,
      summary: { before: { groupIds: before.map((row) => row.groupId) }, after: { groupIds } },
    });
    return rows;
  });
}
