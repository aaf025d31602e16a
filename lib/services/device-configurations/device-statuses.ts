// GET deviceConfigurations/{id}/deviceStatuses and …/deviceStatusOverview: what the devices reported,
// read from the status table the device check-in writes (record-device-configuration-status.ts).
import 'server-only';
import type { Database } from '@/lib/db/database';
import {
  countDeviceConfigurationDeviceStatuses,
  type DeviceConfigurationDeviceStatusCounts,
  type DeviceConfigurationDeviceStatusListItem,
  listDeviceConfigurationDeviceStatuses,
} from '@/lib/db/repositories/device-configuration-device-statuses';
import type { DeviceConfigurationRow } from '@/lib/db/repositories/device-configurations';
import { getDeviceConfigurationOrThrow } from './get-device-configuration-or-throw';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export async function listDeviceStatuses(
  db: Database,
  scope: TenantScope,
  id: string,
): Promise<DeviceConfigurationDeviceStatusListItem[]> {
  const profile = await getDeviceConfigurationOrThrow(db, scope, id);
  return listDeviceConfigurationDeviceStatuses(db, profile.id);
}

export async function getDeviceStatusOverview(
  db: Database,
  scope: TenantScope,
  id: string,
): Promise<{ profile: DeviceConfigurationRow; counts: DeviceConfigurationDeviceStatusCounts }> {
  const profile = await getDeviceConfigurationOrThrow(db, scope, id);
  return { profile, counts: await countDeviceConfigurationDeviceStatuses(db, profile.id) };
}
