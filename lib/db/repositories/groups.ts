// Groups of a tenant and their direct members. Members are users, managed devices or groups (nested); what an id
// names is resolved by directory-objects.ts.
import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { getPostgresError } from '../postgres-error';
import { type GroupMemberType, groupMembers, groups } from '../schema';
import { type TextMatch, textMatchesWhere } from './text-match';

export type { GroupMemberType } from '../schema';
export type GroupRow = typeof groups.$inferSelect;
export type NewGroup = Omit<typeof groups.$inferInsert, 'createdDateTime' | 'lastModifiedDateTime'>;
export type GroupPatch = Partial<Pick<typeof groups.$inferInsert, 'displayName' | 'description' | 'mailNickname'>>;
export interface GroupMemberRef {
  groupId: string;
  memberId: string;
  memberType: GroupMemberType;
}

/** Fields OData $search / $filter may match on (Graph group property names). */
export const GROUP_TEXT_FIELDS = ['displayName', 'description', 'mailNickname'] as const;
export type GroupTextField = (typeof GROUP_TEXT_FIELDS)[number];
const SEARCHED_FIELDS: readonly GroupTextField[] = ['displayName', 'mailNickname'];

/** A group as its own member: the database refuses it (group_members_not_self); Graph answers 400. */
export class GroupSelfMembershipError extends Error {
  constructor(readonly groupId: string) {
    super(`Group ${groupId} cannot be a member of itself.`);
    this.name = 'GroupSelfMembershipError';
  }
}

const CHECK_VIOLATION = '23514';

export async function insertGroup(db: Database, values: NewGroup): Promise<GroupRow> {
  const [row] = await db.insert(groups).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

/** Seeding: undefined when a group with this id exists (also when another instance won the race). */
export async function insertGroupIfAbsent(db: Database, values: NewGroup): Promise<GroupRow | undefined> {
  const [row] = await db.insert(groups).values(values).onConflictDoNothing().returning();
  return row;
}

export async function getGroup(db: Database, tenantId: string, id: string): Promise<GroupRow | undefined> {
  const [row] = await db
    .select()
    .from(groups)
    .where(and(eq(groups.tenantId, tenantId), eq(groups.id, id)));
  return row;
}

/** The tenant's groups among these ids, in no particular order. */
export async function listGroupsByIds(db: Database, tenantId: string, ids: readonly string[]): Promise<GroupRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(groups)
    .where(and(eq(groups.tenantId, tenantId), inArray(groups.id, [...ids])));
}

export interface GroupPageQuery {
  tenantId: string;
  matches?: readonly TextMatch<GroupTextField>[];
  top: number;
  skip: number;
}

/** One page by display name (ties by id, so paging is stable), plus the total matching ($count). */
export async function listGroups(db: Database, query: GroupPageQuery): Promise<{ items: GroupRow[]; totalCount: number }> {
  const where = and(eq(groups.tenantId, query.tenantId), textMatchesWhere(query.matches, groups, SEARCHED_FIELDS));
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(groups)
      .where(where)
      .orderBy(asc(sql`lower(${groups.displayName})`), asc(groups.id))
      .limit(Math.max(0, query.top))
      .offset(Math.max(0, query.skip)),
    db.select({ value: count() }).from(groups).where(where),
  ]);
  return { items, totalCount: total?.value ?? 0 };
}

export async function updateGroup(db: Database, tenantId: string, id: string, patch: GroupPatch): Promise<GroupRow | undefined> {
  const [row] = await db
    .update(groups)
    .set(patch)
    .where(and(eq(groups.tenantId, tenantId), eq(groups.id, id)))
    .returning();
  return row;
}

/** True if deleted. Its own member list goes by ON DELETE CASCADE; its memberships in other groups here. */
export async function deleteGroup(db: Database, tenantId: string, id: string): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(groups)
      .where(and(eq(groups.tenantId, tenantId), eq(groups.id, id)))
      .returning({ id: groups.id });
    if (!deleted) return false;
    await tx.delete(groupMembers).where(and(eq(groupMembers.memberId, id), eq(groupMembers.memberType, 'group')));
    return true;
  });
}

/**
 * Adds a direct member; false when it already was one. The caller checks that the member exists in the group's
 * tenant: member_id has no foreign key (it points into three tables).
 */
export async function addGroupMember(db: Database, member: GroupMemberRef): Promise<boolean> {
  try {
    const rows = await db
      .insert(groupMembers)
      .values(member)
      .onConflictDoNothing()
      .returning({ memberId: groupMembers.memberId });
    return rows.length > 0;
  } catch (error) {
    const info = getPostgresError(error);
    if (info?.code === CHECK_VIOLATION && info.constraint === 'group_members_not_self') throw new GroupSelfMembershipError(member.groupId);
    throw error;
  }
}

/** True if it was a direct member. */
export async function removeGroupMember(db: Database, groupId: string, memberId: string): Promise<boolean> {
  const rows = await db
    .delete(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.memberId, memberId)))
    .returning({ memberId: groupMembers.memberId });
  return rows.length > 0;
}

/** Direct members of the given groups, oldest membership first. */
export async function listGroupMemberRefs(db: Database, groupIds: readonly string[]): Promise<GroupMemberRef[]> {
  if (groupIds.length === 0) return [];
  return db
    .select({ groupId: groupMembers.groupId, memberId: groupMembers.memberId, memberType: groupMembers.memberType })
    .from(groupMembers)
    .where(inArray(groupMembers.groupId, [...groupIds]))
    .orderBy(asc(groupMembers.createdDateTime), asc(groupMembers.memberId));
}

/**
 * Members of the group and, recursively, of its nested groups (Graph transitiveMembers), each once. UNION (not
 * UNION ALL) discards rows already found, so a cycle of groups (A in B, B in A) ends the recursion.
 */
export async function listTransitiveGroupMemberRefs(db: Database, groupId: string): Promise<GroupMemberRef[]> {
  const result = await db.execute(sql`
    WITH RECURSIVE reached(member_id, member_type) AS (
      SELECT ${groupMembers.memberId}, ${groupMembers.memberType} FROM ${groupMembers} WHERE ${groupMembers.groupId} = ${groupId}
      UNION
      SELECT gm.member_id, gm.member_type FROM ${groupMembers} gm
        JOIN reached ON reached.member_type = 'group' AND gm.group_id = reached.member_id
    )
    SELECT member_id, member_type FROM reached WHERE member_id <> ${groupId}`);
  // Database is generic over both drivers, so execute() is untyped; node-postgres and PGlite both return { rows }.
  const { rows } = result as unknown as { rows: { member_id: string; member_type: GroupMemberType }[] };
  return rows.map((row) => ({ groupId, memberId: row.member_id, memberType: row.member_type }));
}

/**
 * The groups a user, device or group belongs to, directly or through nested groups (Graph transitiveMemberOf):
 * the groups role assignments are matched against. UNION ends the recursion on a cycle, as above.
 */
export async function listTransitiveGroupIdsOfMember(db: Database, memberId: string): Promise<string[]> {
  const result = await db.execute(sql`
    WITH RECURSIVE reached(group_id) AS (
      SELECT ${groupMembers.groupId} FROM ${groupMembers} WHERE ${groupMembers.memberId} = ${memberId}
      UNION
      SELECT gm.group_id FROM ${groupMembers} gm JOIN reached ON gm.member_type = 'group' AND gm.member_id = reached.group_id
    )
    SELECT group_id FROM reached`);
  const { rows } = result as unknown as { rows: { group_id: string }[] };
  return rows.map((row) => row.group_id);
}
