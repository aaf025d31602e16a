// Domain row -> Graph `group` JSON: always a security group (the only kind the portal keeps).
import type { GroupRow } from '@/lib/db/repositories/groups';
import type { GraphDirectoryObjectRef } from './to-graph-directory-object';

export interface GraphGroup {
  id: string;
  displayName: string;
  description: string | null;
  mailNickname: string;
  mail: null;
  mailEnabled: false;
  securityEnabled: true;
  groupTypes: string[];
  createdDateTime: string;
  /** Present with $expand=members: the direct members, by type and id. */
  members?: GraphDirectoryObjectRef[];
}

/** `members`: the group's direct members when the request expanded them. */
export function toGraphGroup(group: GroupRow, members?: GraphDirectoryObjectRef[]): GraphGroup {
  return {
    id: group.id,
    displayName: group.displayName,
    description: group.description,
    mailNickname: group.mailNickname,
    mail: null,
    mailEnabled: false,
    securityEnabled: true,
    groupTypes: [],
    createdDateTime: group.createdDateTime.toISOString(),
    ...(members ? { members } : {}),
  };
}
