// Scope tags (ids are decimal strings on the wire, integers here; the Default tag "0" is not a row).
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { certificationAuthorities, deviceConfigurations, roleAssignments, roleDefinitions, roleScopeTags } from '../schema';

export type RoleScopeTagRow = typeof roleScopeTags.$inferSelect;
export type NewRoleScopeTag = Omit<typeof roleScopeTags.$inferInsert, 'id' | 'createdDateTime' | 'lastModifiedDateTime'>;
export type RoleScopeTagPatch = Partial<Pick<NewRoleScopeTag, 'displayName' | 'description'>>;

export const ROLE_SCOPE_TAG_NAME_UNIQUE = 'role_scope_tags_tenant_name_unique';

export async function listRoleScopeTags(db: Database, tenantId: string): Promise<RoleScopeTagRow[]> {
  return db.select().from(roleScopeTags).where(eq(roleScopeTags.tenantId, tenantId)).orderBy(asc(roleScopeTags.id));
}

export async function getRoleScopeTag(db: Database, tenantId: string, id: number): Promise<RoleScopeTagRow | undefined> {
  const [row] = await db
    .select()
    .from(roleScopeTags)
    .where(and(eq(roleScopeTags.tenantId, tenantId), eq(roleScopeTags.id, id)));
  return row;
}

/** Throws a unique violation (ROLE_SCOPE_TAG_NAME_UNIQUE) when the name is taken. */
export async function insertRoleScopeTag(db: Database, values: NewRoleScopeTag): Promise<RoleScopeTagRow> {
  const [row] = await db.insert(roleScopeTags).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

export async function updateRoleScopeTag(db: Database, tenantId: string, id: number, patch: RoleScopeTagPatch): Promise<RoleScopeTagRow | undefined> {
  const [row] = await db
    .update(roleScopeTags)
    .set(patch)
    .where(and(eq(roleScopeTags.tenantId, tenantId), eq(roleScopeTags.id, id)))
    .returning();
  return row;
}

export async function deleteRoleScopeTag(db: Database, tenantId: string, id: number): Promise<boolean> {
  const rows = await db
    .delete(roleScopeTags)
    .where(and(eq(roleScopeTags.tenantId, tenantId), eq(roleScopeTags.id, id)))
    .returning({ id: roleScopeTags.id });
  return rows.length > 0;
}

/** What still carries the tag: CAs, profiles, role assignments and role definitions, counted per kind. */
export async function countRoleScopeTagUses(db: Database, tenantId: string, id: string): Promise<Record<'certificationAuthorities' | 'deviceConfigurations' | 'roleAssignments' | 'roleDefinitions', number>> {
  const uses = (table: typeof certificationAuthorities | typeof deviceConfigurations | typeof roleAssignments | typeof roleDefinitions) =>
    sql<number>`(SELECT count(*)::int FROM ${table} WHERE ${table.tenantId} = ${tenantId} AND ${id} = ANY(${table.roleScopeTagIds}))`;
  const [row] = await db
    .select({
      certificationAuthorities: uses(certificationAuthorities),
      deviceConfigurations: uses(deviceConfigurations),
      roleAssignments: uses(roleAssignments),
      roleDefinitions: uses(roleDefinitions),
    })
    .from(sql`(SELECT 1) AS one`);
  return row ?? { certificationAuthorities: 0, deviceConfigurations: 0, roleAssignments: 0, roleDefinitions: 0 };
}
