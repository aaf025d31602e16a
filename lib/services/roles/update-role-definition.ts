// PATCH roleDefinitions/{id}: rename a custom role or change its permissions; built-in roles are fixed.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { ROLE_DEFINITION_NAME_UNIQUE, updateRoleDefinition as updateRow } from '@/lib/db/repositories/role-definitions';
import type { TUpdateRoleDefinition } from '@/lib/schemas/role-definition';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getRoleDefinitionOrThrow } from './get-role-definition-or-throw';
import { requireScopeTagsExist } from './require-scope-tags-exist';
import { customRoleDefinition, type RoleDefinition } from './role-definition';
import { roleDefinitionAuditSummary } from './role-definition-audit-summary';
import { builtInUnchangeable, notFound, withUniqueName } from './role-errors';

export async function updateRoleDefinition(db: Database, principal: Principal, id: string, patch: TUpdateRoleDefinition): Promise<RoleDefinition> {
  const before = await getRoleDefinitionOrThrow(db, principal.tenantId, id);
  if (before.isBuiltIn) throw builtInUnchangeable('role', before.displayName);
  if (patch.roleScopeTagIds) await requireScopeTagsExist(db, principal.tenantId, patch.roleScopeTagIds);
  const { rolePermissions, ...rest } = patch;
  const values = { ...rest, ...(rolePermissions ? { allowedResourceActions: rolePermissions } : {}) };
  if (Object.values(values).every((value) => value === undefined)) return before;
  return withUniqueName('role', patch.displayName, ROLE_DEFINITION_NAME_UNIQUE, () =>
    db.transaction(async (tx) => {
      const row = await updateRow(tx, principal.tenantId, before.id, values);
      if (!row) throw notFound('role definition', id);
      const after = customRoleDefinition(row);
      await recordAuditEvent(tx, principal, {
        activityType: 'Patch RoleDefinition',
        category: 'Role',
        activityOperationType: 'Patch',
        targetType: 'RoleDefinition',
        targetId: after.id,
        targetDisplayName: after.displayName,
        summary: { before: roleDefinitionAuditSummary(before), after: roleDefinitionAuditSummary(after) },
      });
      return after;
    }),
  );
}
