// What the simulated device holds per SCEP profile (tables/device-scep-certificates.ts): a sealed key and the
// certificate issued for it. Written by the device check-in only; the sealed key never leaves lib/services/devices.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { deviceScepCertificates } from '../schema';

export type DeviceScepCertificateRow = typeof deviceScepCertificates.$inferSelect;
export type NewDeviceScepCertificate = Omit<DeviceScepCertificateRow, 'enrolledDateTime'> & { enrolledDateTime?: Date };

export async function listDeviceScepCertificates(db: Database, deviceId: string): Promise<DeviceScepCertificateRow[]> {
  return db
    .select()
    .from(deviceScepCertificates)
    .where(eq(deviceScepCertificates.deviceId, deviceId))
    .orderBy(asc(deviceScepCertificates.configurationId));
}

/** A new enrollment replaces the key and certificate the device held for the profile. */
export async function upsertDeviceScepCertificate(db: Database, values: NewDeviceScepCertificate): Promise<void> {
  const { deviceId, configurationId, ...rest } = { ...values, enrolledDateTime: values.enrolledDateTime ?? new Date() };
  await db
    .insert(deviceScepCertificates)
    .values({ deviceId, configurationId, ...rest })
    .onConflictDoUpdate({ target: [deviceScepCertificates.deviceId, deviceScepCertificates.configurationId], set: rest });
}

export async function deleteDeviceScepCertificates(db: Database, deviceId: string, configurationIds: readonly string[]): Promise<void> {
  if (configurationIds.length === 0) return;
  await db
    .delete(deviceScepCertificates)
    .where(and(eq(deviceScepCertificates.deviceId, deviceId), inArray(deviceScepCertificates.configurationId, [...configurationIds])));
}
