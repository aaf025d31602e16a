// The Assignments editor's model: Included groups (with the All users / All devices shortcuts) and Excluded groups,
// and its translation to and from Graph assignment targets.
import type { AssignmentTarget } from '@/lib/deployment/types';

export interface GroupReference {
  id: string;
  displayName: string;
}

export interface AssignmentSelection {
  allUsers: boolean;
  allDevices: boolean;
  includedGroups: readonly GroupReference[];
  excludedGroups: readonly GroupReference[];
}

export const EMPTY_ASSIGNMENT_SELECTION: AssignmentSelection = {
  allUsers: false,
  allDevices: false,
  includedGroups: [],
  excludedGroups: [],
};

export function hasIncludedTargets(selection: AssignmentSelection): boolean {
  return selection.allUsers || selection.allDevices || selection.includedGroups.length > 0;
}

/** The body of `POST …/{id}/assign` and of checkAssignments. */
export function toAssignmentTargets(selection: AssignmentSelection): AssignmentTarget[] {
  return [
    ...(selection.allUsers ? [{ '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' } as const] : []),
    ...(selection.allDevices ? [{ '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' } as const] : []),
    ...selection.includedGroups.map((group) => ({ '@odata.type': '#microsoft.graph.groupAssignmentTarget' as const, groupId: group.id })),
    ...selection.excludedGroups.map((group) => ({
      '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget' as const,
      groupId: group.id,
    })),
  ];
}

/** A group that was deleted after it was assigned still shows, by id, so it can be removed. */
export function fromAssignmentTargets(
  targets: readonly AssignmentTarget[],
  groupName: (groupId: string) => string | undefined,
): AssignmentSelection {
  const reference = (groupId: string) => ({ id: groupId, displayName: groupName(groupId) ?? groupId });
  const selection = { ...EMPTY_ASSIGNMENT_SELECTION, includedGroups: [] as GroupReference[], excludedGroups: [] as GroupReference[] };
  for (const target of targets) {
    switch (target['@odata.type']) {
      case '#microsoft.graph.allLicensedUsersAssignmentTarget':
        selection.allUsers = true;
        break;
      case '#microsoft.graph.allDevicesAssignmentTarget':
        selection.allDevices = true;
        break;
      case '#microsoft.graph.groupAssignmentTarget':
        selection.includedGroups.push(reference(target.groupId));
        break;
      case '#microsoft.graph.exclusionGroupAssignmentTarget':
        selection.excludedGroups.push(reference(target.groupId));
        break;
    }
  }
  return selection;
}

/** "All users, All devices, Sales" — how Review + create and the detail blade list the included targets. */
export function includedNames(selection: AssignmentSelection): string[] {
  return [
    ...(selection.allUsers ? ['All users'] : []),
    ...(selection.allDevices ? ['All devices'] : []),
    ...selection.includedGroups.map((group) => group.displayName),
  ];
}
