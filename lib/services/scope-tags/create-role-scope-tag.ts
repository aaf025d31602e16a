// POST roleScopeTags (Tenant administration › Scope tags › Create).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { insertRoleScopeTag, ROLE_SCOPE_TAG_NAME_UNIQUE, type RoleScopeTagRow } from '@/lib/db/repositories/role-scope-tags';
import type { TCreateRoleScopeTag } from '@/lib/schemas/role-scope-tag';
import { recordAuditEvent } from '../audit/record-audit-event';
import { withUniqueName } from '../roles/role-errors';
import { refuseDefaultName } from './refuse-default-name';

export async function createRoleScopeTag(db: Database, principal: Principal, request: TCreateRoleScopeTag): Promise<RoleScopeTagRow> {
  refuseDefaultName(request.displayName);
  return withUniqueName('scope tag', request.displayName, ROLE_SCOPE_TAG_NAME_UNIQUE, () =>
    db.transaction(async (tx) => {
      const tag = await insertRoleScopeTag(tx, { tenantId: principal.tenantId, ...request });
      await recordAuditEvent(tx, principal, {
        activityType: 'Create RoleScopeTag',
        category: 'Role',
        activityOperationType: 'Create',
        targetType: 'RoleScopeTag',
        targetId: String(tag.id),
        targetDisplayName: tag.displayName,
        summary: { after: { displayName: tag.displayName, description: tag.description } },
      });
      return tag;
    }),
  );
}
