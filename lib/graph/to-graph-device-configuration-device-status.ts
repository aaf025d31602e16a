// Status rows -> Graph `deviceConfigurationDeviceStatus` and `deviceConfigurationDeviceOverview`.
// The portal's check-in states map onto Graph `complianceStatus`: Succeeded → compliant, Error → error,
// Pending → unknown, Not applicable → notApplicable, Conflict → conflict.
import 'server-only';
import type {
  DeviceConfigurationDeviceState,
  DeviceConfigurationDeviceStatusCounts,
  DeviceConfigurationDeviceStatusListItem,
} from '@/lib/db/repositories/device-configuration-device-statuses';
import { cloudPkiAnnotations } from './cloud-pki-annotations';

export const COMPLIANCE_STATUS_OF: Readonly<Record<DeviceConfigurationDeviceState, string>> = {
  succeeded: 'compliant',
  error: 'error',
  // [unverified] Intune reports a device that has not applied the profile yet as unknown (shown as Pending).
  pending: 'unknown',
  notApplicable: 'notApplicable',
  conflict: 'conflict',
};

export function toGraphDeviceConfigurationDeviceStatus(row: DeviceConfigurationDeviceStatusListItem) {
  return {
    '@odata.type': '#microsoft.graph.deviceConfigurationDeviceStatus' as const,
    // [unverified] Intune's status ids are opaque; profile and device id together identify the row here.
    id: `${row.configurationId}_${row.deviceId}`,
    deviceDisplayName: row.deviceName,
    userName: row.userDisplayName,
    userPrincipalName: row.userPrincipalName,
    status: COMPLIANCE_STATUS_OF[row.status],
    lastReportedDateTime: row.lastReportedDateTime.toISOString(),
    // Beyond Graph: the device's Intune id, why it failed, and the certificate a SCEP profile gave it.
    ...cloudPkiAnnotations({ deviceId: row.deviceId, errorDescription: row.errorDescription, leafCertificateId: row.leafCertificateId }),
  };
}

export type GraphDeviceConfigurationDeviceStatus = ReturnType<typeof toGraphDeviceConfigurationDeviceStatus>;

export function toGraphDeviceConfigurationDeviceOverview(
  configurationId: string,
  configurationVersion: number,
  { counts, lastReportedDateTime }: DeviceConfigurationDeviceStatusCounts,
) {
  return {
    '@odata.type': '#microsoft.graph.deviceConfigurationDeviceOverview' as const,
    id: `${configurationId}_DeviceStatusOverview`,
    pendingCount: counts.pending,
    notApplicableCount: counts.notApplicable,
    notApplicablePlatformCount: 0,
    successCount: counts.succeeded,
    errorCount: counts.error,
    // The portal has one failure state, Error; Graph's separate failedCount stays 0.
    failedCount: 0,
    conflictCount: counts.conflict,
    // Graph's empty DateTimeOffset, before any device has reported.
    lastUpdateDateTime: lastReportedDateTime?.toISOString() ?? '0001-01-01T00:00:00Z',
    configurationVersion,
  };
}
