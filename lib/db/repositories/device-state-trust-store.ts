// The simulated device's trust store (tables/device-trusted-certificates.ts): what its trusted certificate profiles
// installed. Written by the device check-in only.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { deviceTrustedCertificates } from '../schema';

export type DeviceTrustedCertificateRow = typeof deviceTrustedCertificates.$inferSelect;
export type NewDeviceTrustedCertificate = Omit<DeviceTrustedCertificateRow, 'installedDateTime'> & { installedDateTime?: Date };

/** In installation order. */
export async function listDeviceTrustedCertificates(db: Database, deviceId: string): Promise<DeviceTrustedCertificateRow[]> {
  return db
    .select()
    .from(deviceTrustedCertificates)
    .where(eq(deviceTrustedCertificates.deviceId, deviceId))
    .orderBy(asc(deviceTrustedCertificates.installedDateTime), asc(deviceTrustedCertificates.configurationId));
}

/** Installs a profile's certificate; a profile whose certificate changed replaces the one it installed before. */
export async function upsertDeviceTrustedCertificate(db: Database, values: NewDeviceTrustedCertificate): Promise<void> {
  const row = { ...values, installedDateTime: values.installedDateTime ?? new Date() };
  await db
    .insert(deviceTrustedCertificates)
    .values(row)
    .onConflictDoUpdate({
      target: [deviceTrustedCertificates.deviceId, deviceTrustedCertificates.configurationId],
      set: { certificateDer: row.certificateDer, thumbprint: row.thumbprint, installedDateTime: row.installedDateTime },
    });
}

export async function deleteDeviceTrustedCertificates(db: Database, deviceId: string, configurationIds: readonly string[]): Promise<void> {
  if (configurationIds.length === 0) return;
  await db
    .delete(deviceTrustedCertificates)
    .where(and(eq(deviceTrustedCertificates.deviceId, deviceId), inArray(deviceTrustedCertificates.configurationId, [...configurationIds])));
}
