// Graph directoryObjects: an id that may name a user, a managed device or a group of the tenant — what group
// members and `members/$ref` point at.
import type { Database } from '../database';
import { type GroupMemberType, type GroupRow, listGroupsByIds } from './groups';
import { listManagedDevicesByIds, type ManagedDeviceListItem } from './managed-devices';
import { listUsersByIds, type UserRow } from './users';

export type DirectoryObject =
  | { type: 'user'; user: UserRow }
  | { type: 'device'; device: ManagedDeviceListItem }
  | { type: 'group'; group: GroupRow };

interface DirectoryObjectRef {
  memberId: string;
  memberType: GroupMemberType;
}

/** The tenant's user, managed device or group with this id (ids are GUIDs, so at most one matches). */
export async function findDirectoryObject(db: Database, tenantId: string, id: string): Promise<DirectoryObject | undefined> {
  const [found] = await resolveDirectoryObjects(db, tenantId, [
    { memberId: id, memberType: 'user' },
    { memberId: id, memberType: 'device' },
    { memberId: id, memberType: 'group' },
  ]);
  return found;
}

/** The objects behind the refs, in the refs' order; refs to objects gone or of another tenant are left out. */
export async function resolveDirectoryObjects(
  db: Database,
  tenantId: string,
  refs: readonly DirectoryObjectRef[],
): Promise<DirectoryObject[]> {
  const idsOf = (type: GroupMemberType) => refs.filter((ref) => ref.memberType === type).map((ref) => ref.memberId);
  const [userIds, deviceIds, groupIds] = [idsOf('user'), idsOf('device'), idsOf('group')];
  const [userRows, deviceRows, groupRows] = await Promise.all([
    listUsersByIds(db, tenantId, userIds),
    listManagedDevicesByIds(db, tenantId, deviceIds),
    listGroupsByIds(db, tenantId, groupIds),
  ]);
  const found = new Map<string, DirectoryObject>([
    ...userRows.map((user) => [`user:${user.id}`, { type: 'user', user }] as const),
    ...deviceRows.map((device) => [`device:${device.id}`, { type: 'device', device }] as const),
    ...groupRows.map((group) => [`group:${group.id}`, { type: 'group', group }] as const),
  ]);
  return refs.flatMap((ref) => found.get(`${ref.memberType}:${ref.memberId}`) ?? []);
}
