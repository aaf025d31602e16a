import 'server-only';
import type { Database } from '@/lib/db/database';
import { getManagedDevice, type ManagedDeviceListItem } from '@/lib/db/repositories/managed-devices';
import { isGuid, resourceNotFound } from './directory-errors';

export async function getManagedDeviceOrThrow(db: Database, tenantId: string, id: string): Promise<ManagedDeviceListItem> {
  const device = isGuid(id) ? await getManagedDevice(db, tenantId, id) : undefined;
  if (!device) throw resourceNotFound(id);
  return device;
}
