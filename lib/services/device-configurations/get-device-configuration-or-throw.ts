import 'server-only';
import type { Database } from '@/lib/db/database';
import { type DeviceConfigurationRow, getDeviceConfiguration } from '@/lib/db/repositories/device-configurations';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';
import { GraphError } from '@/lib/graph/graph-error';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids arrive from URLs and bodies; anything but a GUID cannot name a row (and would be a SQL error on uuid columns). */
export function isGuid(value: string): boolean {
  return GUID.test(value);
}

/** A profile out of the caller's scope is a 404 like a missing one: Intune hides what a scope tag does not reach. */
export async function getDeviceConfigurationOrThrow(db: Database, scope: TenantScope, id: string): Promise<DeviceConfigurationRow> {
  const row = isGuid(id) ? await getDeviceConfiguration(db, scope, id.toLowerCase()) : undefined;
  if (!row) throw new GraphError('ResourceNotFound', `No device configuration with id '${id}' exists in this tenant.`);
  return row;
}
