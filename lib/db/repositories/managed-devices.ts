// Intune-managed devices of a tenant, each with its primary user's display name joined in (Graph managedDevice
// carries userDisplayName).
import { and, asc, count, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { managedDevices, users } from '../schema';
import { type TextMatch, textMatchesWhere } from './text-match';

export type { DevicePlatform, ManagedDeviceOperatingSystem, ManagementState } from '../schema';
export type ManagedDeviceRow = typeof managedDevices.$inferSelect;
export type NewManagedDevice = Omit<typeof managedDevices.$inferInsert, 'createdDateTime' | 'lastModifiedDateTime'>;
export type ManagedDeviceListItem = ManagedDeviceRow & { userDisplayName: string | null };

/** Fields OData $filter may match on (Graph managedDevice property names). */
export const MANAGED_DEVICE_TEXT_FIELDS = ['deviceName', 'userPrincipalName', 'serialNumber', 'operatingSystem', 'osVersion'] as const;
export type ManagedDeviceTextField = (typeof MANAGED_DEVICE_TEXT_FIELDS)[number];
/** What a free-text $search looks at: the names an administrator types into "Search by device name, UPN, serial". */
const SEARCHED_FIELDS: readonly ManagedDeviceTextField[] = ['deviceName', 'userPrincipalName', 'serialNumber'];

const listColumns = { ...getTableColumns(managedDevices), userDisplayName: users.displayName };

export interface ManagedDevicePageQuery {
  tenantId: string;
  matches?: readonly TextMatch<ManagedDeviceTextField>[];
  top: number;
  skip: number;
}

/** One page by device name (ties by id, so paging is stable), plus the total matching ($count). */
export async function listManagedDevices(
  db: Database,
  query: ManagedDevicePageQuery,
): Promise<{ items: ManagedDeviceListItem[]; totalCount: number }> {
  const where = and(
    eq(managedDevices.tenantId, query.tenantId),
    textMatchesWhere(query.matches, managedDevices, SEARCHED_FIELDS),
  );
  const [items, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(managedDevices)
      .leftJoin(users, eq(users.id, managedDevices.userId))
      .where(where)
      .orderBy(asc(sql`lower(${managedDevices.deviceName})`), asc(managedDevices.id))
      .limit(Math.max(0, query.top))
      .offset(Math.max(0, query.skip)),
    db.select({ value: count() }).from(managedDevices).where(where),
  ]);
  return { items, totalCount: total?.value ?? 0 };
}

export async function getManagedDevice(db: Database, tenantId: string, id: string): Promise<ManagedDeviceListItem | undefined> {
  const [row] = await db
    .select(listColumns)
    .from(managedDevices)
    .leftJoin(users, eq(users.id, managedDevices.userId))
    .where(and(eq(managedDevices.tenantId, tenantId), eq(managedDevices.id, id)));
  return row;
}

/** The tenant's devices among these ids, in no particular order. */
export async function listManagedDevicesByIds(
  db: Database,
  tenantId: string,
  ids: readonly string[],
): Promise<ManagedDeviceListItem[]> {
  if (ids.length === 0) return [];
  return db
    .select(listColumns)
    .from(managedDevices)
    .leftJoin(users, eq(users.id, managedDevices.userId))
    .where(and(eq(managedDevices.tenantId, tenantId), inArray(managedDevices.id, [...ids])));
}

export async function countManagedDevices(db: Database, tenantId: string): Promise<number> {
  const [row] = await db.select({ value: count() }).from(managedDevices).where(eq(managedDevices.tenantId, tenantId));
  return row?.value ?? 0;
}

/** Throws a unique violation (23505) when the tenant already has a device with this azureADDeviceId. */
export async function insertManagedDevice(db: Database, values: NewManagedDevice): Promise<ManagedDeviceRow> {
  const [row] = await db.insert(managedDevices).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

/** Seeding: undefined when the id or azureADDeviceId exists (also when another instance won the race). */
export async function insertManagedDeviceIfAbsent(db: Database, values: NewManagedDevice): Promise<ManagedDeviceRow | undefined> {
  const [row] = await db.insert(managedDevices).values(values).onConflictDoNothing().returning();
  return row;
}

/** A check-in: the device synced with the service at `at`. Undefined when the device is not in the tenant. */
export async function updateManagedDeviceLastSync(
  db: Database,
  tenantId: string,
  id: string,
  at: Date,
): Promise<ManagedDeviceRow | undefined> {
  const [row] = await db
    .update(managedDevices)
    .set({ lastSyncDateTime: at })
    .where(and(eq(managedDevices.tenantId, tenantId), eq(managedDevices.id, id)))
    .returning();
  return row;
}

/** Keeps the copied primary-user UPN in step when that user is renamed. */
export async function updatePrimaryUserPrincipalName(
  db: Database,
  tenantId: string,
  userId: string,
  userPrincipalName: string,
): Promise<void> {
  await db
    .update(managedDevices)
    .set({ userPrincipalName })
    .where(and(eq(managedDevices.tenantId, tenantId), eq(managedDevices.userId, userId)));
}
