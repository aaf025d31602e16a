// Domain row -> Graph `managedDevice` JSON, and back from Graph's fields to the profile platform key.
import type { DevicePlatform, ManagedDeviceListItem, ManagementState } from '@/lib/db/repositories/managed-devices';

export type { DevicePlatform };

/** The Graph deviceEnrollmentType values the portal's devices can have. */
export type DeviceEnrollmentType =
  | 'windowsAzureADJoin'
  | 'windowsAzureADJoinUsingDeviceAuth'
  | 'appleBulkWithUser'
  | 'appleBulkWithoutUser'
  | 'androidEnterpriseFullyManaged'
  | 'androidEnterpriseDedicatedDevice'
  | 'androidEnterpriseCorporateWorkProfile'
  | 'androidAOSPUserOwnedDeviceEnrollment'
  | 'androidAOSPUserlessDeviceEnrollment';

export interface GraphManagedDevice {
  id: string;
  deviceName: string;
  operatingSystem: string;
  osVersion: string;
  serialNumber: string;
  imei: string;
  wiFiMacAddress: string;
  azureADDeviceId: string;
  userId: string;
  userPrincipalName: string;
  userDisplayName: string;
  lastSyncDateTime: string;
  enrolledDateTime: string;
  managementState: ManagementState;
  managementAgent: 'mdm';
  managedDeviceOwnerType: 'company';
  deviceEnrollmentType: DeviceEnrollmentType;
}

/**
 * Graph has no platform field; the management mode travels in deviceEnrollmentType (how the device enrolled), which
 * is what tells a fully managed Android phone from a work profile or an AOSP headset.
 */
function enrollmentTypeOf(platform: DevicePlatform, hasUser: boolean): DeviceEnrollmentType {
  switch (platform) {
    case 'windows':
      return hasUser ? 'windowsAzureADJoin' : 'windowsAzureADJoinUsingDeviceAuth'; // Autopilot self-deploying
    case 'ios':
    case 'macOS':
      return hasUser ? 'appleBulkWithUser' : 'appleBulkWithoutUser'; // Automated Device Enrollment
    case 'androidEnterprise':
      return hasUser ? 'androidEnterpriseFullyManaged' : 'androidEnterpriseDedicatedDevice';
    case 'androidWorkProfile':
      return 'androidEnterpriseCorporateWorkProfile';
    case 'aosp':
      return hasUser ? 'androidAOSPUserOwnedDeviceEnrollment' : 'androidAOSPUserlessDeviceEnrollment';
  }
}

/** The profile platform of a Graph managedDevice: the inverse of the mapping above. */
export function devicePlatformOf(device: Pick<GraphManagedDevice, 'operatingSystem' | 'deviceEnrollmentType'>): DevicePlatform {
  switch (device.operatingSystem) {
    case 'Windows':
      return 'windows';
    case 'iOS':
    case 'iPadOS':
      return 'ios';
    case 'macOS':
      return 'macOS';
  }
  if (device.deviceEnrollmentType === 'androidEnterpriseCorporateWorkProfile') return 'androidWorkProfile';
  if (device.deviceEnrollmentType.startsWith('androidAOSP')) return 'aosp';
  return 'androidEnterprise';
}

// Intune sends "" rather than null for the text properties a device does not have (no IMEI, no primary user).
export function toGraphManagedDevice(device: ManagedDeviceListItem): GraphManagedDevice {
  return {
    id: device.id,
    deviceName: device.deviceName,
    operatingSystem: device.operatingSystem,
    osVersion: device.osVersion,
    serialNumber: device.serialNumber,
    imei: device.imei ?? '',
    wiFiMacAddress: device.wifiMacAddress ?? '',
    azureADDeviceId: device.azureAdDeviceId,
    userId: device.userId ?? '',
    userPrincipalName: device.userPrincipalName ?? '',
    userDisplayName: device.userDisplayName ?? '',
    lastSyncDateTime: device.lastSyncDateTime.toISOString(),
    enrolledDateTime: device.enrolledDateTime.toISOString(),
    managementState: device.managementState,
    managementAgent: 'mdm',
    managedDeviceOwnerType: 'company',
    deviceEnrollmentType: enrollmentTypeOf(device.devicePlatform, device.userId !== null),
  };
}
