'use client';
import type { GraphManagedDevice } from '@/lib/graph/to-graph-managed-device';
import { Essentials } from '@/components/essentials';
import { formatDateTime } from '../format-date-time';
import { enrollmentTypeLabel, managementStateLabel } from './device-format';

/** Everything Graph says about the device, as the admin center's device Overview shows it. */
export function DeviceEssentials({ device }: { device: GraphManagedDevice }) {
  const primaryUser = device.userId ? `${device.userDisplayName} (${device.userPrincipalName})` : 'None (userless)';
  return (
    <Essentials
      entries={[
        { label: 'Device name', value: device.deviceName },
        { label: 'Management state', value: managementStateLabel(device) },
        { label: 'Primary user', value: primaryUser },
        { label: 'Ownership', value: 'Corporate' },
        { label: 'Operating system', value: device.operatingSystem },
        { label: 'OS version', value: device.osVersion },
        { label: 'Enrollment type', value: enrollmentTypeLabel(device) },
        { label: 'Serial number', value: device.serialNumber, isMono: true },
        { label: 'IMEI', value: device.imei || '—', isMono: true },
        { label: 'Wi-Fi MAC', value: device.wiFiMacAddress || '—', isMono: true },
        { label: 'Enrolled', value: formatDateTime(device.enrolledDateTime) },
        { label: 'Last check-in', value: formatDateTime(device.lastSyncDateTime) },
        { label: 'Intune device ID', value: device.id, isMono: true },
        { label: 'Microsoft Entra device ID', value: device.azureADDeviceId, isMono: true },
      ]}
    />
  );
}
