// Custom role definitions. Names are unique per tenant in any letter case (role_definitions_tenant_name_unique).
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { roleDefinitions } from '../schema';

export type RoleDefinitionRow = typeof roleDefinitions.$inferSelect;
export type NewRoleDefinition = Omit<typeof roleDefinitions.$inferInsert, 'id' | 'createdDateTime' | 'lastModifiedDateTime'>;
export type RoleDefinitionPatch = Partial<Pick<NewRoleDefinition, 'displayName' | 'description' | 'allowedResourceActions' | 'roleScopeTagIds'>>;

export const ROLE_DEFINITION_NAME_UNIQUE = 'role_definitions_tenant_name_unique';

export async function listRoleDefinitions(db: Database, tenantId: string): Promise<RoleDefinitionRow[]> {
  return db.select().from(roleDefinitions).where(eq(roleDefinitions.tenantId, tenantId)).orderBy(asc(roleDefinitions.displayName), asc(roleDefinitions.id));
}

export async function listRoleDefinitionsByIds(db: Database, tenantId: string, ids: readonly string[]): Promise<RoleDefinitionRow[]> {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(roleDefinitions)
    .where(and(eq(roleDefinitions.tenantId, tenantId), inArray(roleDefinitions.id, [...ids])));
}

export async function getRoleDefinition(db: Database, tenantId: string, id: string): Promise<RoleDefinitionRow | undefined> {
  const [row] = await listRoleDefinitionsByIds(db, tenantId, [id]);
  return row;
}

/** Throws a unique violation (ROLE_DEFINITION_NAME_UNIQUE) when the name is taken. */
export async function insertRoleDefinition(db: Database, values: NewRoleDefinition): Promise<RoleDefinitionRow> {
  const [row] = await db.insert(roleDefinitions).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

export async function updateRoleDefinition(db: Database, tenantId: string, id: string, patch: RoleDefinitionPatch): Promise<RoleDefinitionRow | undefined> {
  const [row] = await db
    .update(roleDefinitions)
    .set(patch)
    .where(and(eq(roleDefinitions.tenantId, tenantId), eq(roleDefinitions.id, id)))
    .returning();
  return row;
}

export async function deleteRoleDefinition(db: Database, tenantId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(roleDefinitions)
    .where(and(eq(roleDefinitions.tenantId, tenantId), eq(roleDefinitions.id, id)))
    .returning({ id: roleDefinitions.id });
  return rows.length > 0;
}
