// DELETE roleScopeTags/{id}: only a tag nothing carries (Intune refuses while CAs, profiles or assignments use it).
import 'server-only';
import { DEFAULT_SCOPE_TAG } from '@/lib/auth/default-scope-tag';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { countRoleScopeTagUses, deleteRoleScopeTag as deleteRow } from '@/lib/db/repositories/role-scope-tags';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { builtInUnchangeable, notFound } from '../roles/role-errors';
import { getRoleScopeTagOrThrow } from './get-role-scope-tag-or-throw';

const USE_NAMES = { certificationAuthorities: 'CA(s)', deviceConfigurations: 'profile(s)', roleAssignments: 'role assignment(s)', roleDefinitions: 'role(s)' } as const;

export async function deleteRoleScopeTag(db: Database, principal: Principal, id: string): Promise<void> {
  if (id === DEFAULT_SCOPE_TAG.id) throw builtInUnchangeable('scope tag', DEFAULT_SCOPE_TAG.displayName);
  const tag = await getRoleScopeTagOrThrow(db, principal.tenantId, id);
  await db.transaction(async (tx) => {
    const uses = await countRoleScopeTagUses(tx, principal.tenantId, id);
    const inUse = (Object.keys(USE_NAMES) as (keyof typeof USE_NAMES)[]).filter((kind) => uses[kind] > 0).map((kind) => `${uses[kind]} ${USE_NAMES[kind]}`);
    if (inUse.length > 0) throw new GraphError('Conflict', `The scope tag '${tag.displayName}' is in use by ${inUse.join(', ')}: remove it from them first.`);
    if (!(await deleteRow(tx, principal.tenantId, tag.id))) throw notFound('scope tag', id);
    await recordAuditEvent(tx, principal, {
      activityType: 'Delete RoleScopeTag',
      category: 'Role',
      activityOperationType: 'Delete',
      targetType: 'RoleScopeTag',
      targetId: id,
      targetDisplayName: tag.displayName,
      summary: { before: { displayName: tag.displayName, description: tag.description } },
    });
  });
}
