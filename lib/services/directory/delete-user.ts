// DELETE /users/{id}: the user, its group memberships; devices it was primary user of become userless.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { deleteUser as deleteRow } from '@/lib/db/repositories/users';
import { GraphError } from '@/lib/graph/graph-error';
import { recordAuditEvent } from '../audit/record-audit-event';
import { resourceNotFound } from './directory-errors';
import { getUserOrThrow } from './get-user-or-throw';
import { userAuditSummary } from './user-audit-summary';

export async function deleteUser(db: Database, principal: Principal, idOrPrincipalName: string): Promise<void> {
  const user = await getUserOrThrow(db, principal.tenantId, idOrPrincipalName);
  if (user.id === principal.id) throw new GraphError('BadRequest', "You can't delete the account you are signed in with.");
  await db.transaction(async (tx) => {
    if (!(await deleteRow(tx, principal.tenantId, user.id))) throw resourceNotFound(idOrPrincipalName);
    await recordAuditEvent(tx, principal, {
      activityType: 'Delete user',
      category: 'DirectoryManagement',
      activityOperationType: 'Delete',
      targetType: 'User',
      targetId: user.id,
      targetDisplayName: user.userPrincipalName,
      summary: { before: userAuditSummary(user) },
    });
  });
}
