// The syncDevice remote action (Graph `managedDevice: syncDevice`, Intune "Sync"): the device is told to check in,
// and does so in the background within seconds (check-in-device.ts). Audited as the administrator's action.
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { recordAuditEvent } from '../audit/record-audit-event';
import { getManagedDeviceOrThrow } from '../directory/get-managed-device-or-throw';
import { checkInDevice } from './check-in-device';
import { enqueueDeviceSync } from './device-sync-queue';

/** Queues the device's check-in; resolves once it is queued (the check-in's end is not awaited). */
export async function syncDevice(db: Database, principal: Principal, deviceId: string): Promise<void> {
  const device = await getManagedDeviceOrThrow(db, principal.tenantId, deviceId);
  await recordAuditEvent(db, principal, {
    activityType: 'syncDevice ManagedDevice',
    activityOperationType: 'Action',
    targetType: 'ManagedDevice',
    targetId: device.id,
    targetDisplayName: device.deviceName,
  });
  void enqueueDeviceSync(device.id, () => checkInDevice(db, principal.tenantId, device.id));
}
