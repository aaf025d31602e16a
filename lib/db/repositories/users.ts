// Accounts of the embedded sign-in. User principal names match case-insensitively, as in Entra ID.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { groupMembers, managedDevices, users } from '../schema';
import { type TextMatch, textMatchesWhere } from './text-match';

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

/** The tenant's users among these ids, in no particular order. */
export async function listUsersByIds(db: Database, tenantId: string, ids: readonly string[]): Promise<UserRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(users)
    .where(and(eq(users.tenantId, tenantId), inArray(users.id, [...ids])));
}

/** Fields OData $search / $filter may match on (Graph user property names). */
export const USER_TEXT_FIELDS = ['displayName', 'userPrincipalName', 'mail', 'givenName', 'surname'] as const;
export type UserTextField = (typeof USER_TEXT_FIELDS)[number];

export interface UserPageQuery {
  tenantId: string;
  matches?: readonly TextMatch<UserTextField>[];
  top: number;
  skip: number;
}

/** One page by display name (ties by id, so paging is stable), plus the total matching ($count). */
export async function listUsersPage(db: Database, query: UserPageQuery): Promise<{ items: UserRow[]; totalCount: number }> {
  const where = and(eq(users.tenantId, query.tenantId), textMatchesWhere(query.matches, users, USER_TEXT_FIELDS));
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(asc(sql`lower(${users.displayName})`), asc(users.id))
      .limit(Math.max(0, query.top))
      .offset(Math.max(0, query.skip)),
    db.select({ value: count() }).from(users).where(where),
  ]);
  return { items, totalCount: total?.value ?? 0 };
}

/**
 * True if deleted. Its group memberships go with it, and devices it was the primary user of become userless
 * (user_id by ON DELETE SET NULL, the copied UPN here).
 */
export async function deleteUser(db: Database, tenantId: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Before the delete: afterwards ON DELETE SET NULL has already cleared user_id, the only link to these devices.
    await tx
      .update(managedDevices)
      .set({ userPrincipalName: null })
      .where(and(eq(managedDevices.tenantId, tenantId), eq(managedDevices.userId, id)));
    const [deleted] = await tx
      .delete(users)
      .where(and(eq(users.tenantId, tenantId), eq(users.id, id)))
      .returning({ id: users.id });
    if (!deleted) return false;
    await tx.delete(groupMembers).where(and(eq(groupMembers.memberId, id), eq(groupMembers.memberType, 'user')));
    return true;
  });
}
