// GET /groups: one page of groups and, for $expand=members, each group's direct member refs.
import 'server-only';
import type { Database } from '@/lib/db/database';
import {
  type GroupMemberRef,
  type GroupPageQuery,
  type GroupRow,
  listGroupMemberRefs,
  listGroups as listRows,
} from '@/lib/db/repositories/groups';

export interface GroupPage {
  /** `members` only when expanded. */
  items: { group: GroupRow; members?: GroupMemberRef[] }[];
  totalCount: number;
}

export async function listGroups(db: Database, query: GroupPageQuery, { isMembersExpanded = false } = {}): Promise<GroupPage> {
  const page = await listRows(db, query);
  if (!isMembersExpanded) return { items: page.items.map((group) => ({ group })), totalCount: page.totalCount };
  // One query for the whole page rather than one per group.
  const refs = await listGroupMemberRefs(db, page.items.map((group) => group.id));
  return {
    items: page.items.map((group) => ({ group, members: refs.filter((ref) => ref.groupId === group.id) })),
    totalCount: page.totalCount,
  };
}
