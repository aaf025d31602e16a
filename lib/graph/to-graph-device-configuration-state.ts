// A device's status row for one profile -> Graph `deviceConfigurationState` (managedDevice deviceConfigurationStates):
// the profile's name, version and platform, and the device's outcome as a complianceStatus.
import 'server-only';
import type { DeviceProfileStatus } from '@/lib/db/repositories/device-state-profile-statuses';
import { cloudPkiAnnotations } from './cloud-pki-annotations';
import { COMPLIANCE_STATUS_OF } from './to-graph-device-configuration-device-status';

// Graph policyPlatformType. [unverified] Intune's value for Android Enterprise device-owner profiles.
const PLATFORM_TYPE: Readonly<Record<DeviceProfileStatus['platform'], string>> = {
  windows: 'windows10AndLater',
  ios: 'iOS',
  macOS: 'macOS',
  androidEnterprise: 'androidForWork',
  androidWorkProfile: 'androidWorkProfile',
  aosp: 'androidAOSP',
};

export function toGraphDeviceConfigurationState(row: DeviceProfileStatus) {
  return {
    '@odata.type': '#microsoft.graph.deviceConfigurationState' as const,
    // [unverified] Intune's state ids are opaque; the profile id names the row within the device.
    id: row.configurationId,
    displayName: row.displayName,
    version: row.version,
    platformType: PLATFORM_TYPE[row.platform],
    state: COMPLIANCE_STATUS_OF[row.status],
    settingCount: 0,
    settingStates: [],
    // Beyond Graph: the profile's type, why it failed, when the device reported, the certificate it holds.
    ...cloudPkiAnnotations({
      deviceConfigurationODataType: row.odataType,
      errorDescription: row.errorDescription,
      lastReportedDateTime: row.lastReportedDateTime.toISOString(),
      leafCertificateId: row.leafCertificateId,
    }),
  };
}

export type GraphDeviceConfigurationState = ReturnType<typeof toGraphDeviceConfigurationState>;
