import 'server-only';
import type { Database } from '@/lib/db/database';
import { getGroup, type GroupRow } from '@/lib/db/repositories/groups';
import { isGuid, resourceNotFound } from './directory-errors';

export async function getGroupOrThrow(db: Database, tenantId: string, id: string): Promise<GroupRow> {
  const group = isGuid(id) ? await getGroup(db, tenantId, id) : undefined;
  if (!group) throw resourceNotFound(id);
  return group;
}
