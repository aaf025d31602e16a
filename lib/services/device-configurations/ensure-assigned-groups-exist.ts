// Assignment targets name Entra groups by id; a group that is not in the tenant cannot be assigned (400), as Graph
// refuses unknown directory objects.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listGroupsByIds } from '@/lib/db/repositories/groups';
import { GraphError } from '@/lib/graph/graph-error';
import type { TAssignmentTarget } from '@/lib/schemas/device-configuration/assignment';

export async function ensureAssignedGroupsExist(db: Database, tenantId: string, targets: readonly TAssignmentTarget[]): Promise<void> {
  const groupIds = [...new Set(targets.flatMap((target) => ('groupId' in target ? [target.groupId.toLowerCase()] : [])))];
  const found = new Set((await listGroupsByIds(db, tenantId, groupIds)).map((group) => group.id));
  const missing = groupIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const which = missing.length === 1 ? `group ${missing[0]} does` : `groups ${missing.join(', ')} do`;
    throw new GraphError('BadRequest', `The ${which} not exist in this tenant: choose groups from Groups.`);
  }
}
