// Per-device status of a profile (the "Device and user check-in status" report): one row per profile and device,
// upserted by every check-in, read by the Device status report and counted for the overview.
import { asc, count, eq, max, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { deviceConfigurationDeviceStatuses, managedDevices, users } from '../schema';

export type { DeviceConfigurationDeviceState } from '../schema';
export type DeviceConfigurationDeviceStatusRow = typeof deviceConfigurationDeviceStatuses.$inferSelect;
export type DeviceConfigurationDeviceStatusReport = Omit<typeof deviceConfigurationDeviceStatuses.$inferInsert, 'lastReportedDateTime'> & {
  /** Defaults to now. */
  lastReportedDateTime?: Date;
};
type State = DeviceConfigurationDeviceStatusRow['status'];

/** A status row with the device's name and primary user, as the report shows them. */
export type DeviceConfigurationDeviceStatusListItem = DeviceConfigurationDeviceStatusRow & {
  deviceName: string;
  userPrincipalName: string | null;
  userDisplayName: string | null;
};

/** The latest report of a device for a profile replaces the previous one. */
export async function upsertDeviceConfigurationDeviceStatus(
  db: Database,
  report: DeviceConfigurationDeviceStatusReport,
): Promise<DeviceConfigurationDeviceStatusRow> {
  const values = {
    ...report,
    errorDescription: report.errorDescription ?? null,
    leafCertificateId: report.leafCertificateId ?? null,
    lastReportedDateTime: report.lastReportedDateTime ?? new Date(),
  };
  const [row] = await db
    .insert(deviceConfigurationDeviceStatuses)
    .values(values)
    .onConflictDoUpdate({
      target: [deviceConfigurationDeviceStatuses.configurationId, deviceConfigurationDeviceStatuses.deviceId],
      set: {
        status: values.status,
        errorDescription: values.errorDescription,
        leafCertificateId: values.leafCertificateId,
        lastReportedDateTime: values.lastReportedDateTime,
      },
    })
    .returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

/** By device name (ties by device id). */
export async function listDeviceConfigurationDeviceStatuses(
  db: Database,
  configurationId: string,
): Promise<DeviceConfigurationDeviceStatusListItem[]> {
  return db
    .select({
      configurationId: deviceConfigurationDeviceStatuses.configurationId,
      deviceId: deviceConfigurationDeviceStatuses.deviceId,
      status: deviceConfigurationDeviceStatuses.status,
      errorDescription: deviceConfigurationDeviceStatuses.errorDescription,
      leafCertificateId: deviceConfigurationDeviceStatuses.leafCertificateId,
      lastReportedDateTime: deviceConfigurationDeviceStatuses.lastReportedDateTime,
      deviceName: managedDevices.deviceName,
      userPrincipalName: managedDevices.userPrincipalName,
      userDisplayName: users.displayName,
    })
    .from(deviceConfigurationDeviceStatuses)
    .innerJoin(managedDevices, eq(managedDevices.id, deviceConfigurationDeviceStatuses.deviceId))
    .leftJoin(users, eq(users.id, managedDevices.userId))
    .where(eq(deviceConfigurationDeviceStatuses.configurationId, configurationId))
    .orderBy(asc(sql`lower(${managedDevices.deviceName})`), asc(deviceConfigurationDeviceStatuses.deviceId));
}

export interface DeviceConfigurationDeviceStatusCounts {
  counts: Record<State, number>;
  /** The latest report, or null when no device has reported. */
  lastReportedDateTime: Date | null;
}

export async function countDeviceConfigurationDeviceStatuses(
  db: Database,
  configurationId: string,
): Promise<DeviceConfigurationDeviceStatusCounts> {
  const rows = await db
    .select({
      status: deviceConfigurationDeviceStatuses.status,
      value: count(),
      latest: max(deviceConfigurationDeviceStatuses.lastReportedDateTime),
    })
    .from(deviceConfigurationDeviceStatuses)
    .where(eq(deviceConfigurationDeviceStatuses.configurationId, configurationId))
    .groupBy(deviceConfigurationDeviceStatuses.status);
  const counts: Record<State, number> = { succeeded: 0, error: 0, pending: 0, notApplicable: 0, conflict: 0 };
  let lastReportedDateTime: Date | null = null;
  for (const row of rows) {
    counts[row.status] = row.value;
    if (row.latest && (!lastReportedDateTime || row.latest > lastReportedDateTime)) lastReportedDateTime = row.latest;
  }
  return { counts, lastReportedDateTime };
}
