// Which devices an assignment set reaches (included and excluded groups, all users, all devices).
// Intune delivers a profile assigned to a user group to the devices that user is primary user of, and one
// assigned to a device group to the member devices; exclusions win over inclusions; a profile only ever
// lands on devices of its own platform.
import { indexDirectory, type DirectoryIndex } from './index-directory';
import type { Platform } from './platforms';
import type { AssignmentTarget, Directory, IncludedAssignmentTarget } from './types';

export interface TargetReach {
  target: IncludedAssignmentTarget;
  /** Devices this target reaches, after the set's exclusions and the platform match. */
  deviceIds: ReadonlySet<string>;
}

export function isIncluded(target: AssignmentTarget): target is IncludedAssignmentTarget {
  return target['@odata.type'] !== '#microsoft.graph.exclusionGroupAssignmentTarget';
}

/** Devices a group reaches directly (device members) and through its users (their primary-user devices). */
function devicesOfGroup(index: DirectoryIndex, groupId: string): string[] {
  const members = index.membersOf(groupId);
  return [...members.deviceIds, ...index.devicesOfUsers(members.userIds)];
}

function devicesOfTarget(index: DirectoryIndex, target: IncludedAssignmentTarget): string[] {
  switch (target['@odata.type']) {
    case '#microsoft.graph.groupAssignmentTarget':
      return devicesOfGroup(index, target.groupId);
    case '#microsoft.graph.allDevicesAssignmentTarget':
      return index.devices.map((device) => device.id);
    case '#microsoft.graph.allLicensedUsersAssignmentTarget':
      // "All users" follows users to their devices: a userless (kiosk, dedicated) device has nobody to follow.
      return index.devices.filter((device) => device.primaryUserId).map((device) => device.id);
  }
}

/** The reach of each included target of an assignment set, in the set's order. */
export function reachByIncludedTarget(
  assignments: readonly AssignmentTarget[],
  directory: Directory,
  platform: Platform,
): TargetReach[] {
  const index = indexDirectory(directory);
  const excluded = new Set(
    assignments.flatMap((target) =>
      target['@odata.type'] === '#microsoft.graph.exclusionGroupAssignmentTarget'
        ? devicesOfGroup(index, target.groupId)
        : [],
    ),
  );
  const onPlatform = new Set(index.devices.filter((device) => device.platform === platform).map((device) => device.id));
  return assignments.filter(isIncluded).map((target) => ({
    target,
    deviceIds: new Set(devicesOfTarget(index, target).filter((id) => onPlatform.has(id) && !excluded.has(id))),
  }));
}

/** Every device of `platform` that a profile with these assignments reaches. */
export function devicesReachedBy(
  assignments: readonly AssignmentTarget[],
  directory: Directory,
  platform: Platform,
): Set<string> {
  return new Set(reachByIncludedTarget(assignments, directory, platform).flatMap((reach) => [...reach.deviceIds]));
}
