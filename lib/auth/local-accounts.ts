// The embedded provider's view of the users table: the one place sign-in touches the database.
// No 'server-only' here: server.ts imports this under tsx, where that package throws.
import { getDatabase } from '@/lib/db/database';
import { getTenant } from '@/lib/db/repositories/tenants';
import { findUserById, findUserByPrincipalName, type UserRow } from '@/lib/db/repositories/users';
import { hashPassword, isPasswordMatch } from './password-hash';

export { hashPassword };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface LocalAccount {
  id: string;
  tenantId: string;
  userPrincipalName: string;
  displayName: string;
  roles: string[];
}

function toAccount(row: UserRow): LocalAccount {
  return { id: row.id, tenantId: row.tenantId, userPrincipalName: row.userPrincipalName, displayName: row.displayName, roles: row.roles };
}

/** The install's tenant id (`tid` in tokens); seeding creates it before the server listens. */
export async function getTenantId(): Promise<string> {
  const tenant = await getTenant(getDatabase());
  if (!tenant) throw new Error('No tenant exists yet: seedDemoTenant() runs at server start.');
  return tenant.id;
}

// Compared against when the user does not exist, so an unknown name costs as much time as a wrong password
// and response times do not reveal which user names exist.
let decoyHash: Promise<string> | undefined;

/** The enabled account with this user name (any letter case) and password, or undefined. */
export async function verifyPassword(userPrincipalName: string, password: string): Promise<LocalAccount | undefined> {
  const row = await findUserByPrincipalName(getDatabase(), await getTenantId(), userPrincipalName.trim());
  if (!row?.passwordHash || !row.accountEnabled) {
    decoyHash ??= hashPassword('decoy password');
    await isPasswordMatch(password, await decoyHash);
    return undefined;
  }
  return (await isPasswordMatch(password, row.passwordHash)) ? toAccount(row) : undefined;
}

/** The enabled account with this id (the token `sub`), or undefined — a disabled user's refresh then fails. */
export async function findAccount(id: string): Promise<LocalAccount | undefined> {
  if (!UUID.test(id)) return undefined; // the id column is uuid: anything else would be a SQL error, not "no such user"
  const row = await findUserById(getDatabase(), await getTenantId(), id);
  return row?.accountEnabled ? toAccount(row) : undefined;
}
