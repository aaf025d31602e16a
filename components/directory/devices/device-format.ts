import type { DeviceEnrollmentType, GraphManagedDevice } from '@/lib/graph/to-graph-managed-device';

// The admin center's words for how a device enrolled.
const ENROLLMENT_TYPE_LABELS: Record<DeviceEnrollmentType, string> = {
  windowsAzureADJoin: 'Microsoft Entra joined',
  windowsAzureADJoinUsingDeviceAuth: 'Windows Autopilot self-deploying',
  appleBulkWithUser: 'Automated Device Enrollment with user affinity',
  appleBulkWithoutUser: 'Automated Device Enrollment without user affinity',
  androidEnterpriseFullyManaged: 'Android Enterprise fully managed',
  androidEnterpriseDedicatedDevice: 'Android Enterprise dedicated',
  androidEnterpriseCorporateWorkProfile: 'Android Enterprise corporate-owned work profile',
  androidAOSPUserOwnedDeviceEnrollment: 'Android (AOSP) user-associated',
  androidAOSPUserlessDeviceEnrollment: 'Android (AOSP) userless',
};

export function enrollmentTypeLabel(device: GraphManagedDevice): string {
  return ENROLLMENT_TYPE_LABELS[device.deviceEnrollmentType];
}

const MANAGEMENT_STATE_LABELS: Record<GraphManagedDevice['managementState'], string> = {
  managed: 'Managed',
  retirePending: 'Retire pending',
  wipePending: 'Wipe pending',
  unhealthy: 'Unhealthy',
};

export function managementStateLabel(device: GraphManagedDevice): string {
  return MANAGEMENT_STATE_LABELS[device.managementState];
}
