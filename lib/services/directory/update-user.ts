// PATCH /users/{id}: names, mail, sign-in enabled, and a new password (how an administrator lets a seeded user in).
import 'server-only';
import { hashPassword } from '@/lib/auth/password-hash';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { isUniqueViolation } from '@/lib/db/postgres-error';
import { updatePrimaryUserPrincipalName } from '@/lib/db/repositories/managed-devices';
import { updateUser as updateRow, type UserPatch, type UserRow } from '@/lib/db/repositories/users';
import { GraphError } from '@/lib/graph/graph-error';
import type { TUpdateUser } from '@/lib/schemas/user';
import { recordAuditEvent } from '../audit/record-audit-event';
import { DUPLICATE_USER_PRINCIPAL_NAME } from './create-user';
import { getUserOrThrow } from './get-user-or-throw';
import { userAuditSummary } from './user-audit-summary';

export async function updateUser(db: Database, principal: Principal, idOrPrincipalName: string, request: TUpdateUser): Promise<UserRow> {
  const before = await getUserOrThrow(db, principal.tenantId, idOrPrincipalName);
  // Locking yourself out is never what was meant, and with the embedded provider there may be no other admin.
  if (request.accountEnabled === false && before.id === principal.id) {
    throw new GraphError('BadRequest', "You can't disable the account you are signed in with.");
  }
  const { passwordProfile, ...fields } = request;
  const patch: UserPatch = { ...fields, ...(passwordProfile ? { passwordHash: await hashPassword(passwordProfile.password) } : {}) };
  // zod keeps absent optional keys as undefined, which drizzle skips: nothing to write is a no-op, not an error.
  if (Object.values(patch).every((value) => value === undefined)) return before;

  try {
    return await db.transaction(async (tx) => {
      const after = await updateRow(tx, principal.tenantId, before.id, patch);
      if (!after) throw new GraphError('ResourceNotFound', `User '${idOrPrincipalName}' was deleted meanwhile.`);
      if (after.userPrincipalName !== before.userPrincipalName) {
        await updatePrimaryUserPrincipalName(tx, principal.tenantId, after.id, after.userPrincipalName);
      }
      await recordAuditEvent(tx, principal, {
        activityType: 'Update user',
        category: 'DirectoryManagement',
        activityOperationType: 'Patch',
        targetType: 'User',
        targetId: after.id,
        targetDisplayName: after.userPrincipalName,
        summary: { before: userAuditSummary(before), after: userAuditSummary(after), isPasswordChanged: Boolean(passwordProfile) },
      });
      return after;
    });
  } catch (error) {
    if (isUniqueViolation(error, 'users_tenant_upn_unique')) throw new GraphError('Conflict', DUPLICATE_USER_PRINCIPAL_NAME);
    throw error;
  }
}
