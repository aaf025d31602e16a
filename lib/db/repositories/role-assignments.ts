// Role assignments: which groups hold which role over which scope tags.
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { roleAssignments } from '../schema';

export type RoleAssignmentRow = typeof roleAssignments.$inferSelect;
export type NewRoleAssignment = Omit<typeof roleAssignments.$inferInsert, 'id' | 'createdDateTime' | 'lastModifiedDateTime'>;
export type RoleAssignmentPatch = Partial<Pick<NewRoleAssignment, 'displayName' | 'description' | 'members' | 'roleScopeTagIds'>>;

export async function listRoleAssignments(db: Database, tenantId: string): Promise<RoleAssignmentRow[]> {
  return db.select().from(roleAssignments).where(eq(roleAssignments.tenantId, tenantId)).orderBy(asc(roleAssignments.displayName), asc(roleAssignments.id));
}

/** The assignments any of these groups is a member of: what a signed-in user holds through their groups. */
export async function listRoleAssignmentsOfGroups(db: Database, tenantId: string, groupIds: readonly string[]): Promise<RoleAssignmentRow[]> {
  if (groupIds.length === 0) return [];
  const ids = sql.join(groupIds.map((id) => sql`${id}::uuid`), sql`, `);
  return db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), sql`${roleAssignments.members} && ARRAY[${ids}]`));
}

export async function getRoleAssignment(db: Database, tenantId: string, id: string): Promise<RoleAssignmentRow | undefined> {
  const [row] = await db
    .select()
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.id, id)));
  return row;
}

export async function countRoleAssignmentsOfDefinition(db: Database, tenantId: string, roleDefinitionId: string): Promise<number> {
  const [row] = await db
    .select({ total: count() })
    .from(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.roleDefinitionId, roleDefinitionId)));
  return row?.total ?? 0;
}

export async function insertRoleAssignment(db: Database, values: NewRoleAssignment): Promise<RoleAssignmentRow> {
  const [row] = await db.insert(roleAssignments).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

export async function updateRoleAssignment(db: Database, tenantId: string, id: string, patch: RoleAssignmentPatch): Promise<RoleAssignmentRow | undefined> {
  const [row] = await db
    .update(roleAssignments)
    .set(patch)
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.id, id)))
    .returning();
  return row;
}

export async function deleteRoleAssignment(db: Database, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(roleAssignments)
    .where(and(eq(roleAssignments.tenantId, tenantId), eq(roleAssignments.id, id)))
    .returning({ id: roleAssignments.id });
  return rows.length > 0;
}
