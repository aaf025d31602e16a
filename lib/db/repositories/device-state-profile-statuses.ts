// A device's side of the profile status table (device-configuration-device-statuses.ts is the profile's side): what it
// last reported for every profile, with the profile's name and type — Graph managedDevice `deviceConfigurationStates`.
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { deviceConfigurationDeviceStatuses, deviceConfigurations } from '../schema';
import type { DeviceConfigurationDeviceStatusRow } from './device-configuration-device-statuses';
import type { DeviceConfigurationRow } from './device-configurations';

export type DeviceProfileStatus = DeviceConfigurationDeviceStatusRow &
  Pick<DeviceConfigurationRow, 'displayName' | 'odataType' | 'platform' | 'kind' | 'version'>;

/** By profile name (ties by id); profiles of other tenants never match. */
export async function listDeviceProfileStatuses(db: Database, tenantId: string, deviceId: string): Promise<DeviceProfileStatus[]> {
  return db
    .select({
      configurationId: deviceConfigurationDeviceStatuses.configurationId,
      deviceId: deviceConfigurationDeviceStatuses.deviceId,
      status: deviceConfigurationDeviceStatuses.status,
      errorDescription: deviceConfigurationDeviceStatuses.errorDescription,
      leafCertificateId: deviceConfigurationDeviceStatuses.leafCertificateId,
      lastReportedDateTime: deviceConfigurationDeviceStatuses.lastReportedDateTime,
      displayName: deviceConfigurations.displayName,
      odataType: deviceConfigurations.odataType,
      platform: deviceConfigurations.platform,
      kind: deviceConfigurations.kind,
      version: deviceConfigurations.version,
    })
    .from(deviceConfigurationDeviceStatuses)
    .innerJoin(deviceConfigurations, eq(deviceConfigurations.id, deviceConfigurationDeviceStatuses.configurationId))
    .where(and(eq(deviceConfigurations.tenantId, tenantId), eq(deviceConfigurationDeviceStatuses.deviceId, deviceId)))
    .orderBy(asc(sql`lower(${deviceConfigurations.displayName})`), asc(deviceConfigurations.id));
}
