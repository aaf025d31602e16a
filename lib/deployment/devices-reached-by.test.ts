import { describe, expect, it } from 'vitest';
import { devicesReachedBy, reachByIncludedTarget } from './devices-reached-by';
import type { Platform } from './platforms';
import { allDevices, allUsers, directory, exclude, group } from './test-fixtures';
import type { AssignmentTarget, Directory } from './types';

describe('devicesReachedBy', () => {
  const cases: { name: string; assignments: AssignmentTarget[]; platform?: Platform; expected: string[] }[] = [
    { name: 'nothing assigned reaches nothing', assignments: [], expected: [] },
    { name: 'a device group reaches its devices', assignments: [group('sales-devices')], expected: ['alice-pc', 'bob-pc'] },
    {
      name: 'a user group reaches the devices its members are primary user of',
      assignments: [group('sales-users')],
      expected: ['alice-pc', 'bob-pc'],
    },
    {
      name: 'a user group reaches the same users’ devices of the profile platform only',
      assignments: [group('sales-users')],
      platform: 'ios',
      expected: ['alice-iphone'],
    },
    {
      name: 'nested groups are expanded',
      assignments: [group('all-staff')],
      expected: ['alice-pc', 'bob-pc', 'carol-pc'],
    },
    {
      name: 'a cycle of groups ends, with the members of both',
      assignments: [group('cycle-a')],
      expected: ['kiosk', 'bob-pc'],
    },
    {
      name: 'a group mixing users and devices reaches both; unknown members reach nothing',
      assignments: [group('mixed')],
      expected: ['alice-pc', 'kiosk'],
    },
    {
      name: 'All devices reaches every device of the platform, userless ones too',
      assignments: [allDevices],
      expected: ['alice-pc', 'bob-pc', 'carol-pc', 'kiosk'],
    },
    {
      name: 'All users reaches every device with a primary user, not the userless kiosk',
      assignments: [allUsers],
      expected: ['alice-pc', 'bob-pc', 'carol-pc'],
    },
    {
      name: 'excluding a device group removes its devices',
      assignments: [allDevices, exclude('kiosks')],
      expected: ['alice-pc', 'bob-pc', 'carol-pc'],
    },
    {
      name: 'excluding a user group removes the devices of its users',
      assignments: [allUsers, exclude('sales-users')],
      expected: ['carol-pc'],
    },
    {
      name: 'exclusions expand nested groups and win over inclusions',
      assignments: [group('sales-devices'), group('kiosks'), exclude('cycle-b')],
      expected: ['alice-pc'],
    },
    { name: 'an unknown group reaches nothing', assignments: [group('deleted-group')], expected: [] },
    { name: 'exclusions alone reach nothing', assignments: [exclude('kiosks')], expected: [] },
    { name: 'a macOS profile reaches macOS devices only', assignments: [allUsers], platform: 'macOS', expected: ['carol-mac'] },
    { name: 'no Android device, no reach', assignments: [allDevices], platform: 'aosp', expected: [] },
  ];

  it.each(cases)('$name', ({ assignments, platform = 'windows', expected }) => {
    expect([...devicesReachedBy(assignments, directory, platform)].sort()).toEqual([...expected].sort());
  });

  it('tells which included target reaches which device, after exclusions', () => {
    const reach = reachByIncludedTarget([group('sales-users'), allDevices, exclude('kiosks')], directory, 'windows');
    expect(reach.map((entry) => [entry.target, [...entry.deviceIds].sort()])).toEqual([
      [group('sales-users'), ['alice-pc', 'bob-pc']],
      [allDevices, ['alice-pc', 'bob-pc', 'carol-pc']],
    ]);
  });

  it('expands a group that contains itself', () => {
    const selfish: Directory = {
      users: [],
      devices: [{ id: 'pc', platform: 'windows' }],
      groups: [{ id: 'loop', displayName: 'Loop', memberIds: ['loop', 'pc'] }],
    };
    expect([...devicesReachedBy([group('loop')], selfish, 'windows')]).toEqual(['pc']);
  });
});
