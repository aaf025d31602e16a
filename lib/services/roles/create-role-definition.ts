// POST roleDefinitions: a custom role (Tenant administration › Roles › Create).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { insertRoleDefinition, ROLE_DEFINITION_NAME_UNIQUE } from '@/lib/db/repositories/role-definitions';
import type { TCreateRoleDefinition } from '@/lib/schemas/role-definition';
import { recordAuditEvent } from '../audit/record-audit-event';
import { requireScopeTagsExist } from './require-scope-tags-exist';
import { customRoleDefinition, type RoleDefinition } from './role-definition';
import { roleDefinitionAuditSummary } from './role-definition-audit-summary';
import { withUniqueName } from './role-errors';

export async function createRoleDefinition(db: Database, principal: Principal, request: TCreateRoleDefinition): Promise<RoleDefinition> {
  await requireScopeTagsExist(db, principal.tenantId, request.roleScopeTagIds);
  return withUniqueName('role', request.displayName, ROLE_DEFINITION_NAME_UNIQUE, () =>
    db.transaction(async (tx) => {
      const role = customRoleDefinition(
        await insertRoleDefinition(tx, {
          tenantId: principal.tenantId,
          displayName: request.displayName,
          description: request.description,
          allowedResourceActions: request.rolePermissions,
          roleScopeTagIds: request.roleScopeTagIds,
        }),
      );
      await recordAuditEvent(tx, principal, {
        activityType: 'Create RoleDefinition',
        category: 'Role',
        activityOperationType: 'Create',
        targetType: 'RoleDefinition',
        targetId: role.id,
        targetDisplayName: role.displayName,
        summary: { after: roleDefinitionAuditSummary(role) },
      });
      return role;
    }),
  );
}
