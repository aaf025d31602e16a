import { describe, expect, it } from 'vitest';
import type { DevicePlatform, ManagedDeviceListItem } from '@/lib/db/repositories/managed-devices';
import { devicePlatformOf, toGraphManagedDevice } from './to-graph-managed-device';

const base: ManagedDeviceListItem = {
  id: '7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
  tenantId: '00000000-0000-4000-8000-000000000001',
  deviceName: 'CONTOSO-LT-001',
  operatingSystem: 'Windows',
  devicePlatform: 'windows',
  osVersion: '10.0.22631.4317',
  serialNumber: 'PF3XK2A1',
  imei: null,
  wifiMacAddress: null,
  azureAdDeviceId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  userId: null,
  userPrincipalName: null,
  userDisplayName: null,
  lastSyncDateTime: new Date('2026-03-01T08:00:00.000Z'),
  enrolledDateTime: new Date('2026-01-15T09:30:00.000Z'),
  managementState: 'managed',
  createdDateTime: new Date('2026-01-15T09:30:00.000Z'),
  lastModifiedDateTime: new Date('2026-03-01T08:00:00.000Z'),
};

describe('toGraphManagedDevice', () => {
  it('writes Graph property names, ISO times and "" for what a userless device lacks', () => {
    expect(toGraphManagedDevice(base)).toEqual({
      id: base.id,
      deviceName: 'CONTOSO-LT-001',
      operatingSystem: 'Windows',
      osVersion: '10.0.22631.4317',
      serialNumber: 'PF3XK2A1',
      imei: '',
      wiFiMacAddress: '',
      azureADDeviceId: base.azureAdDeviceId,
      userId: '',
      userPrincipalName: '',
      userDisplayName: '',
      lastSyncDateTime: '2026-03-01T08:00:00.000Z',
      enrolledDateTime: '2026-01-15T09:30:00.000Z',
      managementState: 'managed',
      managementAgent: 'mdm',
      managedDeviceOwnerType: 'company',
      deviceEnrollmentType: 'windowsAzureADJoinUsingDeviceAuth',
    });
  });

  it('names the primary user', () => {
    const device = { ...base, userId: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e', userPrincipalName: 'adele@contoso.local', userDisplayName: 'Adele Vance' };
    expect(toGraphManagedDevice(device)).toMatchObject({
      userId: device.userId,
      userPrincipalName: 'adele@contoso.local',
      userDisplayName: 'Adele Vance',
      deviceEnrollmentType: 'windowsAzureADJoin',
    });
  });
});

describe('devicePlatformOf', () => {
  const cases: [ManagedDeviceListItem['operatingSystem'], DevicePlatform, boolean][] = [
    ['Windows', 'windows', true],
    ['iOS', 'ios', true],
    ['iPadOS', 'ios', false],
    ['macOS', 'macOS', true],
    ['Android', 'androidEnterprise', true],
    ['Android', 'androidEnterprise', false],
    ['Android', 'androidWorkProfile', true],
    ['Android', 'aosp', true],
    ['Android', 'aosp', false],
  ];

  it.each(cases)('recovers the platform of a %s %s device (has user: %s) from its Graph form', (operatingSystem, devicePlatform, hasUser) => {
    const device = { ...base, operatingSystem, devicePlatform, userId: hasUser ? base.azureAdDeviceId : null };
    expect(devicePlatformOf(toGraphManagedDevice(device))).toBe(devicePlatform);
  });
});
