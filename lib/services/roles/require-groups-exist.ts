// Role assignment members are groups of the tenant: a 400 names the ids that are not.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listGroupsByIds } from '@/lib/db/repositories/groups';
import { GraphError } from '@/lib/graph/graph-error';

export async function requireGroupsExist(db: Database, tenantId: string, ids: readonly string[]): Promise<void> {
  const found = new Set((await listGroupsByIds(db, tenantId, ids)).map((group) => group.id));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new GraphError('BadRequest', `Members must be groups of this tenant; no group has the id ${missing.map((id) => `'${id}'`).join(', ')}.`);
}
