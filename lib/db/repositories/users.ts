// Accounts of the embedded sign-in. User principal names match case-insensitively, as in Entra ID.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { users } from '../schema';

export type UserRow = typeof users.$inferSelect;
export type NewUser = Omit<typeof users.$inferInsert, 'createdDateTime' | 'lastModifiedDateTime'>;
export type UserPatch = Partial<Omit<typeof users.$inferInsert, 'id' | 'tenantId' | 'createdDateTime' | 'lastModifiedDateTime'>>;

export async function findUserByPrincipalName(
  db: Database,
  tenantId: string,
  userPrincipalName: string,
): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), sql`lower(${users.userPrincipalName}) = lower(${userPrincipalName})`));
  return row;
}

export async function findUserById(db: Database, tenantId: string, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)));
  return row;
}

/** Throws a unique violation (23505, users_tenant_upn_unique) when the UPN exists in any letter case. */
export async function insertUser(db: Database, values: NewUser): Promise<UserRow> {
  const [row] = await db.insert(users).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

/** Seeding: inserts unless the UPN exists; undefined when it did (also when another instance won the race). */
export async function insertUserIfAbsent(db: Database, values: NewUser): Promise<UserRow | undefined> {
  const [row] = await db.insert(users).values(values).onConflictDoNothing().returning();
  return row;
}

export async function updateUser(db: Database, tenantId: string, id: string, patch: UserPatch): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set(patch)
    .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
    .returning();
  return row;
}

export async function listUsers(db: Database, tenantId: string): Promise<UserRow[]> {
  return db
    .select()
    .from(users)
    .where(eq(users.tenantId, tenantId))
    .orderBy(asc(sql`lower(${users.userPrincipalName})`));
}
