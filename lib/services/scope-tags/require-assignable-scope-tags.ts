// The scope tags a caller may put on a CA or profile: tags of the tenant (Default "0" or a stored one) and, for a
// caller whose role assignment is scoped, only the tags it holds — as Intune offers a scoped admin only their own
// tags, so nobody can create or re-tag an object into a scope they cannot reach (or out of their own sight). Tags
// an object already carries may stay when it is edited.
import 'server-only';
import type { ScopedPrincipal } from '@/lib/auth/scoped-principal';
import type { Database } from '@/lib/db/database';
import { effectiveScopeTagIds } from '@/lib/db/repositories/tenant-scope';
import { GraphError } from '@/lib/graph/graph-error';
import { requireScopeTagsExist } from '../roles/require-scope-tags-exist';

export async function requireAssignableScopeTags(
  db: Database,
  principal: ScopedPrincipal,
  roleScopeTagIds: readonly string[],
  carriedBefore: readonly string[] = [],
): Promise<void> {
  await requireScopeTagsExist(db, principal.tenantId, roleScopeTagIds);
  const held = principal.tenantScope.scopeTagIds;
  if (held === 'all') return;
  const kept = carriedBefore.length > 0 ? effectiveScopeTagIds(carriedBefore) : [];
  const foreign = [...new Set(effectiveScopeTagIds(roleScopeTagIds).filter((id) => !held.includes(id) && !kept.includes(id)))];
  if (foreign.length > 0) {
    throw new GraphError(
      'Forbidden',
      `Your role assignment holds the scope tags ${held.map((id) => `'${id}'`).join(', ') || '(none)'}: it cannot give an object the scope tag ${foreign.map((id) => `'${id}'`).join(', ')}.`,
    );
  }
}
