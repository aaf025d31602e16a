// GET /groups/{id}/members and /transitiveMembers: the objects behind a group's member list.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { type DirectoryObject, resolveDirectoryObjects } from '@/lib/db/repositories/directory-objects';
import { listGroupMemberRefs, listTransitiveGroupMemberRefs } from '@/lib/db/repositories/groups';
import { getGroupOrThrow } from './get-group-or-throw';

/** Direct members, or with `isTransitive` also the members of nested groups (each once). */
export async function listGroupMembers(
  db: Database,
  tenantId: string,
  groupId: string,
  { isTransitive = false } = {},
): Promise<DirectoryObject[]> {
  const group = await getGroupOrThrow(db, tenantId, groupId);
  const refs = isTransitive ? await listTransitiveGroupMemberRefs(db, group.id) : await listGroupMemberRefs(db, [group.id]);
  return resolveDirectoryObjects(db, tenantId, refs);
}
