// GET roleScopeTags/{id}/assignments: the groups the tag is assigned to; Default's set is always empty.
import 'server-only';
import { DEFAULT_SCOPE_TAG } from '@/lib/auth/default-scope-tag';
import type { Database } from '@/lib/db/database';
import { listRoleScopeTagAssignments as listRows, type RoleScopeTagAssignmentRow } from '@/lib/db/repositories/role-scope-tag-assignments';
import { getRoleScopeTagOrThrow } from './get-role-scope-tag-or-throw';

export async function listRoleScopeTagAssignments(db: Database, tenantId: string, id: string): Promise<RoleScopeTagAssignmentRow[]> {
  if (id === DEFAULT_SCOPE_TAG.id) return [];
  const tag = await getRoleScopeTagOrThrow(db, tenantId, id);
  return listRows(db, tag.id);
}
