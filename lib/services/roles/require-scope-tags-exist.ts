// Every scope tag id a request names must be Default ("0") or one of the tenant's tags: a 400 names the others.
import 'server-only';
import { DEFAULT_SCOPE_TAG_ID } from '@/lib/auth/default-scope-tag';
import type { Database } from '@/lib/db/database';
import { listRoleScopeTags } from '@/lib/db/repositories/role-scope-tags';
import { GraphError } from '@/lib/graph/graph-error';

export async function requireScopeTagsExist(db: Database, tenantId: string, ids: readonly string[]): Promise<void> {
  const named = ids.filter((id) => id !== DEFAULT_SCOPE_TAG_ID);
  if (named.length === 0) return;
  const known = new Set((await listRoleScopeTags(db, tenantId)).map((tag) => String(tag.id)));
  const unknown = [...new Set(named.filter((id) => !known.has(id)))];
  if (unknown.length > 0) throw new GraphError('BadRequest', `No scope tag with id ${unknown.map((id) => `'${id}'`).join(', ')} exists in this tenant.`);
}
