import { describe, expect, it } from 'vitest';
import { ZAssignDeviceConfiguration } from './assignment';

const GROUP_A = '11111111-1111-4111-8111-111111111111';
const GROUP_B = '22222222-2222-4222-8222-222222222222';
const FILTER = '33333333-3333-4333-8333-333333333333';
const include = (groupId: string, extra: Record<string, unknown> = {}) => ({
  target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId, ...extra },
});
const exclude = (groupId: string, extra: Record<string, unknown> = {}) => ({
  target: { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId, ...extra },
});
const allUsers = { target: { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' } };
const allDevices = { target: { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } };

const messagesOf = (assignments: unknown[]) => {
  const result = ZAssignDeviceConfiguration.safeParse({ assignments });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('ZAssignDeviceConfiguration', () => {
  it('accepts included and excluded groups, All users, All devices and filters on included targets', () => {
    const assignments = [
      include(GROUP_A, { deviceAndAppManagementAssignmentFilterId: FILTER, deviceAndAppManagementAssignmentFilterType: 'include' }),
      exclude(GROUP_B),
      allDevices,
    ];
    expect(messagesOf(assignments)).toEqual([]);
    expect(messagesOf([])).toEqual([]);
  });

  it('reads the target type without "#" and in any case, and ignores server-set fields', () => {
    const parsed = ZAssignDeviceConfiguration.parse({
      assignments: [{ id: 'x', source: 'direct', target: { '@odata.type': 'microsoft.graph.GROUPAssignmentTarget', groupId: GROUP_A } }],
    });
    expect(parsed.assignments).toEqual([{ target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: GROUP_A } }]);
  });

  it.each([
    [[include(GROUP_A), exclude(GROUP_A)], [`assignments.1.target: Group ${GROUP_A} is assigned more than once: include or exclude each group once`]],
    [[allUsers, allUsers], ['assignments.1.target: This target is assigned more than once: include or exclude each group once']],
    [[exclude(GROUP_A, { deviceAndAppManagementAssignmentFilterId: FILTER, deviceAndAppManagementAssignmentFilterType: 'exclude' })], ['assignments.0.target: Excluded groups cannot have an assignment filter']],
    [[include(GROUP_A, { deviceAndAppManagementAssignmentFilterType: 'include' })], ['assignments.0.target: Choose the assignment filter, or set the filter mode to none']],
    [[allUsers, allDevices, include(GROUP_A)], ['assignments: With All users and All devices assigned, remove the included groups: they already receive the profile']],
    [[include('sales')], ['assignments.0.target.groupId: groupId must be the id (GUID) of an Entra group']],
    [[{ target: { '@odata.type': '#microsoft.graph.configurationManagerCollectionAssignmentTarget', collectionId: 'x' } }], [
      'assignments.0.target.@odata.type: Set the target\'s @odata.type to one of #microsoft.graph.groupAssignmentTarget, #microsoft.graph.exclusionGroupAssignmentTarget, #microsoft.graph.allLicensedUsersAssignmentTarget, #microsoft.graph.allDevicesAssignmentTarget',
    ]],
    [[{ ...include(GROUP_A), intent: 'remove' }], ['assignments.0.intent: Device configuration assignments have intent apply']],
  ])('refuses %j', (assignments, messages) => {
    expect(messagesOf(assignments)).toEqual(messages);
  });
});
