// Lookup tables over a directory snapshot, built once per snapshot object: the checker computes the reach of
// every profile twice (before and after a change), and each reach walks groups and primary users.
import type { Directory, DirectoryDevice } from './types';

export interface GroupMembers {
  userIds: ReadonlySet<string>;
  deviceIds: ReadonlySet<string>;
}

export interface DirectoryIndex {
  devices: readonly DirectoryDevice[];
  groupName(groupId: string): string | undefined;
  /** Users and devices of a group, nested groups included. */
  membersOf(groupId: string): GroupMembers;
  /** Devices whose primary user is one of these users. */
  devicesOfUsers(userIds: ReadonlySet<string>): string[];
}

const cache = new WeakMap<Directory, DirectoryIndex>();

export function indexDirectory(directory: Directory): DirectoryIndex {
  const cached = cache.get(directory);
  if (cached) return cached;

  const userIds = new Set(directory.users.map((user) => user.id));
  const deviceIds = new Set(directory.devices.map((device) => device.id));
  const groups = new Map(directory.groups.map((group) => [group.id, group]));
  const devicesByPrimaryUser = new Map<string, string[]>();
  for (const device of directory.devices) {
    if (!device.primaryUserId) continue;
    const list = devicesByPrimaryUser.get(device.primaryUserId) ?? [];
    list.push(device.id);
    devicesByPrimaryUser.set(device.primaryUserId, list);
  }

  // Each group's closure is walked with its own visited set, so a cycle (A ∋ B ∋ A) ends the walk instead of
  // recursing forever, and a cached closure is always complete (never a half-walked cycle member).
  const closures = new Map<string, GroupMembers>();
  const membersOf = (groupId: string): GroupMembers => {
    const known = closures.get(groupId);
    if (known) return known;
    const members = { userIds: new Set<string>(), deviceIds: new Set<string>() };
    const visited = new Set<string>();
    const pending = [groupId];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      if (visited.has(next)) continue;
      visited.add(next);
      for (const memberId of groups.get(next)?.memberIds ?? []) {
        if (groups.has(memberId)) pending.push(memberId);
        else if (deviceIds.has(memberId)) members.deviceIds.add(memberId);
        else if (userIds.has(memberId)) members.userIds.add(memberId);
        // Anything else is a member the snapshot does not know (deleted, or another object type): it reaches nothing.
      }
    }
    closures.set(groupId, members);
    return members;
  };

  const index: DirectoryIndex = {
    devices: directory.devices,
    groupName: (groupId) => groups.get(groupId)?.displayName,
    membersOf,
    devicesOfUsers: (users) => [...users].flatMap((userId) => devicesByPrimaryUser.get(userId) ?? []),
  };
  cache.set(directory, index);
  return index;
}
