import 'server-only';
import type { Database } from '@/lib/db/database';
import { findUserById, findUserByPrincipalName, type UserRow } from '@/lib/db/repositories/users';
import { isGuid, resourceNotFound } from './directory-errors';

/** Graph addresses a user by id or by user principal name: /users/{id | userPrincipalName}. */
export async function getUserOrThrow(db: Database, tenantId: string, idOrPrincipalName: string): Promise<UserRow> {
  const user = isGuid(idOrPrincipalName)
    ? await findUserById(db, tenantId, idOrPrincipalName)
    : idOrPrincipalName.includes('@')
      ? await findUserByPrincipalName(db, tenantId, idOrPrincipalName)
      : undefined;
  if (!user) throw resourceNotFound(idOrPrincipalName);
  return user;
}
