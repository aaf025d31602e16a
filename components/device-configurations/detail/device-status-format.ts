import type { BadgeProps } from '@fluentui/react-components';

/** Graph `deviceStatuses[].status` is a complianceStatus; the profile report names them as Intune does. */
export const DEVICE_STATUS: Record<string, { label: string; color: BadgeProps['color'] }> = {
  compliant: { label: 'Succeeded', color: 'success' },
  remediated: { label: 'Succeeded', color: 'success' },
  error: { label: 'Error', color: 'danger' },
  nonCompliant: { label: 'Error', color: 'danger' },
  conflict: { label: 'Conflict', color: 'warning' },
  unknown: { label: 'Pending', color: 'informative' },
  notApplicable: { label: 'Not applicable', color: 'subtle' },
  notAssigned: { label: 'Not assigned', color: 'subtle' },
};

export function deviceStatusOf(status: string): { label: string; color: BadgeProps['color'] } {
  return DEVICE_STATUS[status] ?? { label: status, color: 'subtle' };
}

export type { GraphDeviceConfigurationDeviceStatus as GraphDeviceStatus } from '@/lib/graph/to-graph-device-configuration-device-status';

export interface GraphDeviceStatusOverview {
  successCount: number;
  errorCount: number;
  failedCount: number;
  conflictCount: number;
  pendingCount: number;
  notApplicableCount: number;
}
