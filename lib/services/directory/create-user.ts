// POST /users: a directory user who can sign in with the embedded provider. New users hold no Cloud PKI role;
// roles come from the identity provider's app-role assignments, not from Graph.
import 'server-only';
import { hashPassword } from '@/lib/auth/password-hash';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { isUniqueViolation } from '@/lib/db/postgres-error';
import { insertUser, type UserRow } from '@/lib/db/repositories/users';
import { GraphError } from '@/lib/graph/graph-error';
import type { TCreateUser } from '@/lib/schemas/user';
import { recordAuditEvent } from '../audit/record-audit-event';
import { userAuditSummary } from './user-audit-summary';

export const DUPLICATE_USER_PRINCIPAL_NAME = 'Another object with the same value for property userPrincipalName already exists.';

export async function createUser(db: Database, principal: Principal, request: TCreateUser): Promise<UserRow> {
  // Hashing takes a moment (scrypt); do it before the transaction, not while holding it open.
  const passwordHash = await hashPassword(request.passwordProfile.password);
  try {
    return await db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        tenantId: principal.tenantId,
        userPrincipalName: request.userPrincipalName,
        displayName: request.displayName,
        mail: request.mail ?? null,
        givenName: request.givenName ?? null,
        surname: request.surname ?? null,
        accountEnabled: request.accountEnabled,
        passwordHash,
        roles: [],
      });
      await recordAuditEvent(tx, principal, {
        activityType: 'Add user',
        category: 'DirectoryManagement',
        activityOperationType: 'Create',
        targetType: 'User',
        targetId: user.id,
        targetDisplayName: user.userPrincipalName,
        summary: { after: userAuditSummary(user) },
      });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_tenant_upn_unique')) throw new GraphError('Conflict', DUPLICATE_USER_PRINCIPAL_NAME);
    throw error;
  }
}
