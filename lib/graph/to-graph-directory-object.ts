// Directory objects as group members list them: users, devices and groups, each tagged with its @odata.type.
// A managed device appears as a Graph `device` whose id is the Intune (managed device) id: the portal keeps no
// separate Entra device object, and that id is what `members/$ref` takes.
import type { DirectoryObject } from '@/lib/db/repositories/directory-objects';
import type { GroupMemberRef, GroupMemberType } from '@/lib/db/repositories/groups';
import { type GraphGroup, toGraphGroup } from './to-graph-group';
import { type GraphUser, toGraphUser } from './to-graph-user';

export const ODATA_TYPE_OF = {
  user: '#microsoft.graph.user',
  device: '#microsoft.graph.device',
  group: '#microsoft.graph.group',
} as const satisfies Record<GroupMemberType, string>;

export type GraphDirectoryObjectType = (typeof ODATA_TYPE_OF)[GroupMemberType];

export interface GraphDevice {
  id: string;
  /** The Entra device id (managedDevice.azureADDeviceId). */
  deviceId: string;
  displayName: string;
  operatingSystem: string;
  operatingSystemVersion: string;
  accountEnabled: true;
}

export type GraphDirectoryObject =
  | ({ '@odata.type': '#microsoft.graph.user' } & GraphUser)
  | ({ '@odata.type': '#microsoft.graph.device' } & GraphDevice)
  | ({ '@odata.type': '#microsoft.graph.group' } & GraphGroup);

export interface GraphDirectoryObjectRef {
  '@odata.type': GraphDirectoryObjectType;
  id: string;
}

export function toGraphDirectoryObject(object: DirectoryObject): GraphDirectoryObject {
  switch (object.type) {
    case 'user':
      return { '@odata.type': ODATA_TYPE_OF.user, ...toGraphUser(object.user) };
    case 'group':
      return { '@odata.type': ODATA_TYPE_OF.group, ...toGraphGroup(object.group) };
    case 'device':
      return {
        '@odata.type': ODATA_TYPE_OF.device,
        id: object.device.id,
        deviceId: object.device.azureAdDeviceId,
        displayName: object.device.deviceName,
        operatingSystem: object.device.operatingSystem,
        operatingSystemVersion: object.device.osVersion,
        accountEnabled: true,
      };
  }
}

export function toGraphDirectoryObjectRef(ref: Pick<GroupMemberRef, 'memberId' | 'memberType'>): GraphDirectoryObjectRef {
  return { '@odata.type': ODATA_TYPE_OF[ref.memberType], id: ref.memberId };
}
