// The install's tenant. There is one; creating it is race-safe so several instances may start at once.
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { tenants } from '../schema';

export type TenantRow = typeof tenants.$inferSelect;
export type NewTenant = Omit<typeof tenants.$inferInsert, 'createdDateTime' | 'lastModifiedDateTime'>;

// Any fixed 64-bit number: serialises first-start seeding across instances sharing one PostgreSQL.
const TENANT_SEED_LOCK_ID = 7_274_657_301_912;

/** The tenant of this install (the first created), or undefined before seeding. */
export async function getTenant(db: Database): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).orderBy(asc(tenants.createdDateTime), asc(tenants.id)).limit(1);
  return row;
}

export async function getTenantById(db: Database, tenantId: string): Promise<TenantRow | undefined> {
  const [row] = await db.select().from(tenants).where(eq(tenants.id, tenantId));
  return row;
}

export type TenantLicense = Pick<TenantRow, 'cloudPkiLicenseType' | 'trialEndDateTime'>;

/** Sets the tenant's Cloud PKI license; returns the row as it was before and after, for the audit log. */
export async function updateTenantLicense(
  db: Database,
  tenantId: string,
  license: TenantLicense,
): Promise<{ before: TenantRow; after: TenantRow } | undefined> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(tenants).where(eq(tenants.id, tenantId)).for('update');
    if (!before) return undefined;
    const [after] = await tx.update(tenants).set(license).where(eq(tenants.id, tenantId)).returning();
    return after && { before, after };
  });
}

export async function insertTenant(db: Database, values: NewTenant): Promise<TenantRow> {
  const [row] = await db.insert(tenants).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

/** Returns the tenant, creating it on first start; concurrent callers get the same one. */
export async function getOrCreateTenant(db: Database, values: NewTenant): Promise<TenantRow> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT pg_advisory_xact_lock(${TENANT_SEED_LOCK_ID})`);
    return (await getTenant(tx)) ?? (await insertTenant(tx, values));
  });
}
