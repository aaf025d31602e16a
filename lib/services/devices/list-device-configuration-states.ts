// GET managedDevices/{id}/deviceConfigurationStates (Graph `deviceConfigurationState`): what the device last reported
// for each profile — the device blade's per-profile status grid.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { type DeviceProfileStatus, listDeviceProfileStatuses } from '@/lib/db/repositories/device-state-profile-statuses';
import { getManagedDeviceOrThrow } from '../directory/get-managed-device-or-throw';

export async function listDeviceConfigurationStates(db: Database, tenantId: string, deviceId: string): Promise<DeviceProfileStatus[]> {
  const device = await getManagedDeviceOrThrow(db, tenantId, deviceId);
  return listDeviceProfileStatuses(db, tenantId, device.id);
}
