import { describe, expect, it } from 'vitest';
import type { GroupRow } from '@/lib/db/repositories/groups';
import type { UserRow } from '@/lib/db/repositories/users';
import { toGraphDirectoryObject, toGraphDirectoryObjectRef } from './to-graph-directory-object';
import { toGraphGroup } from './to-graph-group';

const created = new Date('2026-01-15T09:30:00.000Z');
const tenantId = '00000000-0000-4000-8000-000000000001';
const user: UserRow = {
  id: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e',
  tenantId,
  userPrincipalName: 'adele.vance@contoso.local',
  displayName: 'Adele Vance',
  mail: 'adele.vance@contoso.local',
  givenName: 'Adele',
  surname: 'Vance',
  passwordHash: 'scrypt$secret',
  roles: ['CloudPKI.Admin'],
  accountEnabled: true,
  createdDateTime: created,
  lastModifiedDateTime: created,
};
const group: GroupRow = {
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  tenantId,
  displayName: 'Sales',
  description: null,
  mailNickname: 'sales',
  createdDateTime: created,
  lastModifiedDateTime: created,
};

describe('toGraphDirectoryObject', () => {
  it('types a user and leaves out its password hash and roles', () => {
    const object = toGraphDirectoryObject({ type: 'user', user });
    expect(object).toEqual({
      '@odata.type': '#microsoft.graph.user',
      id: user.id,
      displayName: 'Adele Vance',
      userPrincipalName: 'adele.vance@contoso.local',
      mail: 'adele.vance@contoso.local',
      givenName: 'Adele',
      surname: 'Vance',
      accountEnabled: true,
      createdDateTime: '2026-01-15T09:30:00.000Z',
    });
  });

  it('types a group as a security group', () => {
    expect(toGraphDirectoryObject({ type: 'group', group })).toMatchObject({
      '@odata.type': '#microsoft.graph.group',
      id: group.id,
      securityEnabled: true,
      mailEnabled: false,
    });
  });

  it('shows a managed device as a Graph device with the Intune id and the Entra device id', () => {
    const device = {
      id: '7f0c1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b',
      tenantId,
      deviceName: "Adele's iPhone",
      operatingSystem: 'iOS' as const,
      devicePlatform: 'ios' as const,
      osVersion: '18.1',
      serialNumber: 'F2LXK0ABCD12',
      imei: '356789104512345',
      wifiMacAddress: null,
      azureAdDeviceId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
      userId: user.id,
      userPrincipalName: user.userPrincipalName,
      userDisplayName: user.displayName,
      lastSyncDateTime: created,
      enrolledDateTime: created,
      managementState: 'managed' as const,
      createdDateTime: created,
      lastModifiedDateTime: created,
    };
    expect(toGraphDirectoryObject({ type: 'device', device })).toEqual({
      '@odata.type': '#microsoft.graph.device',
      id: device.id,
      deviceId: device.azureAdDeviceId,
      displayName: "Adele's iPhone",
      operatingSystem: 'iOS',
      operatingSystemVersion: '18.1',
      accountEnabled: true,
    });
  });
});

describe('toGraphGroup with expanded members', () => {
  it('lists the member refs by type and id', () => {
    const members = [toGraphDirectoryObjectRef({ memberId: user.id, memberType: 'user' })];
    expect(toGraphGroup(group, members).members).toEqual([{ '@odata.type': '#microsoft.graph.user', id: user.id }]);
    expect(toGraphGroup(group)).not.toHaveProperty('members');
  });
});
