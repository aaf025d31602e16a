// What a device reports for a profile at check-in: the device check-in simulator calls this
// after applying — or failing to apply — a trusted certificate or SCEP profile. Not audited: device reports are
// not administrator actions, and one per device per check-in would drown the audit log.
import 'server-only';
import type { Database } from '@/lib/db/database';
import {
  type DeviceConfigurationDeviceState,
  type DeviceConfigurationDeviceStatusRow,
  upsertDeviceConfigurationDeviceStatus,
} from '@/lib/db/repositories/device-configuration-device-statuses';
import { getManagedDevice } from '@/lib/db/repositories/managed-devices';
import { GraphError } from '@/lib/graph/graph-error';
import { getDeviceConfigurationOrThrow, isGuid } from './get-device-configuration-or-throw';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

export interface DeviceConfigurationStatusReport {
  configurationId: string;
  deviceId: string;
  status: DeviceConfigurationDeviceState;
  /** Why the profile failed on the device (shown in the report); null on success. */
  errorDescription?: string | null;
  /** SCEP profiles: the leaf certificate the device now holds from this profile. */
  leafCertificateId?: string | null;
  /** Defaults to now. */
  reportedAt?: Date;
}

export async function recordDeviceConfigurationStatus(
  db: Database,
  tenantId: string,
  report: DeviceConfigurationStatusReport,
): Promise<DeviceConfigurationDeviceStatusRow> {
  // A device reports as the system, over every profile of the tenant.
  const profile = await getDeviceConfigurationOrThrow(db, wholeTenant(tenantId), report.configurationId);
  const device = isGuid(report.deviceId) ? await getManagedDevice(db, tenantId, report.deviceId.toLowerCase()) : undefined;
  if (!device) throw new GraphError('ResourceNotFound', `No managed device with id '${report.deviceId}' exists in this tenant.`);
  return upsertDeviceConfigurationDeviceStatus(db, {
    configurationId: profile.id,
    deviceId: device.id,
    status: report.status,
    errorDescription: report.errorDescription ?? null,
    leafCertificateId: report.leafCertificateId ?? null,
    ...(report.reportedAt && { lastReportedDateTime: report.reportedAt }),
  });
}
