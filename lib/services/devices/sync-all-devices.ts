// "Sync all" on the device list (an addition over Graph, which syncs one device per call): every managed device of
// the tenant is told to check in; the check-ins run in the background, a few at a time (device-sync-queue.ts).
import 'server-only';
import type { Principal } from '@/lib/auth/principal';
import type { Database } from '@/lib/db/database';
import { listManagedDevices } from '@/lib/db/repositories/managed-devices';
import { recordAuditEvent } from '../audit/record-audit-event';
import { checkInDevice } from './check-in-device';
import { enqueueDeviceSync } from './device-sync-queue';

const PAGE = 500;

/** Queues a check-in of every device; returns how many. */
export async function syncAllDevices(db: Database, principal: Principal): Promise<number> {
  const { tenantId } = principal;
  const deviceIds: string[] = [];
  for (let skip = 0; ; skip += PAGE) {
    const page = await listManagedDevices(db, { tenantId, top: PAGE, skip });
    deviceIds.push(...page.items.map((device) => device.id));
    if (deviceIds.length >= page.totalCount || page.items.length === 0) break;
  }
  await recordAuditEvent(db, principal, {
    activityType: 'syncAllDevices ManagedDevice',
    activityOperationType: 'Action',
    targetType: 'ManagedDevice',
    targetId: tenantId,
    targetDisplayName: 'All devices',
    summary: { deviceCount: deviceIds.length },
  });
  for (const deviceId of deviceIds) void enqueueDeviceSync(deviceId, () => checkInDevice(db, tenantId, deviceId));
  return deviceIds.length;
}
