// Assignments of device configuration profiles. `POST …/assign` replaces a profile's whole set, so
// the repository replaces it in one transaction: readers see the old set or the new one, never a mix.
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { deviceConfigurationAssignments, deviceConfigurations } from '../schema';

export type { StoredAssignmentTarget } from '../schema';
export type DeviceConfigurationAssignmentRow = typeof deviceConfigurationAssignments.$inferSelect;
type StoredAssignmentTarget = DeviceConfigurationAssignmentRow['target'];

export async function listDeviceConfigurationAssignments(
  db: Database,
  configurationId: string,
): Promise<DeviceConfigurationAssignmentRow[]> {
  return db
    .select()
    .from(deviceConfigurationAssignments)
    .where(eq(deviceConfigurationAssignments.configurationId, configurationId))
    .orderBy(asc(deviceConfigurationAssignments.position));
}

/** Every assignment of every profile of the tenant: the deployment snapshot reads them all at once. */
export async function listTenantDeviceConfigurationAssignments(
  db: Database,
  tenantId: string,
): Promise<DeviceConfigurationAssignmentRow[]> {
  return db
    .select({ assignment: deviceConfigurationAssignments })
    .from(deviceConfigurationAssignments)
    .innerJoin(deviceConfigurations, eq(deviceConfigurations.id, deviceConfigurationAssignments.configurationId))
    .where(eq(deviceConfigurations.tenantId, tenantId))
    .orderBy(asc(deviceConfigurationAssignments.configurationId), asc(deviceConfigurationAssignments.position))
    .then((rows) => rows.map((row) => row.assignment));
}

/** Replaces the profile's assignments with `targets`, in this order; returns the new rows. */
export async function replaceDeviceConfigurationAssignments(
  db: Database,
  configurationId: string,
  targets: readonly StoredAssignmentTarget[],
): Promise<DeviceConfigurationAssignmentRow[]> {
  return db.transaction(async (tx) => {
    // Lock the profile row first: two replaces racing would otherwise each delete the old set and insert their own,
    // leaving both sets behind (a deleted row no longer blocks the second DELETE under READ COMMITTED).
    await tx.select({ id: deviceConfigurations.id }).from(deviceConfigurations).where(eq(deviceConfigurations.id, configurationId)).for('update');
    await tx.delete(deviceConfigurationAssignments).where(eq(deviceConfigurationAssignments.configurationId, configurationId));
    if (targets.length === 0) return [];
    return tx
      .insert(deviceConfigurationAssignments)
      .values(targets.map((target, position) => ({ configurationId, target, intent: 'apply' as const, position })))
      .returning()
      .then((rows) => rows.sort((a, b) => a.position - b.position));
  });
}

/** The assignments of one profile, if the profile is in the tenant (undefined otherwise). */
export async function listTenantProfileAssignments(
  db: Database,
  tenantId: string,
  configurationId: string,
): Promise<DeviceConfigurationAssignmentRow[] | undefined> {
  const [profile] = await db
    .select({ id: deviceConfigurations.id })
    .from(deviceConfigurations)
    .where(and(eq(deviceConfigurations.tenantId, tenantId), eq(deviceConfigurations.id, configurationId)));
  return profile ? listDeviceConfigurationAssignments(db, configurationId) : undefined;
}
