// Which of a tenant's scope-tagged objects — CAs and device configurations — a query may read or change. Every
// repository function over those tables takes a TenantScope instead of a bare tenant id, so no caller can reach
// them without saying whose scope it acts in.
//
// Intune's rule: a role assignment grants its permissions over the objects that share at least one scope tag with
// it; an object saved without tags carries Default ("0"). 'all' is a tenant-wide grant: a role taken straight from
// the token's app roles (the built-in Intune Administrator and read-only roles hold every object, as Intune's
// built-in roles do), or a job of the system itself (SCEP issuance, CRL publishing, device check-in).
import { arrayOverlaps, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { DEFAULT_SCOPE_TAG_ID } from '@/lib/auth/default-scope-tag';

export interface TenantScope {
  readonly tenantId: string;
  /** 'all': every object of the tenant; otherwise the scope tag ids an object must share one of. */
  readonly scopeTagIds: 'all' | readonly string[];
}

/** Every object of the tenant: for system jobs and tenant-wide rules (the six-CA limit, the deployment order). */
export function wholeTenant(tenantId: string): TenantScope {
  return { tenantId, scopeTagIds: 'all' };
}

/** The tags an object carries in effect: Default when it was saved without any. */
export function effectiveScopeTagIds(roleScopeTagIds: readonly string[]): readonly string[] {
  return roleScopeTagIds.length > 0 ? roleScopeTagIds : [DEFAULT_SCOPE_TAG_ID];
}

export function isInScope(scope: TenantScope, roleScopeTagIds: readonly string[]): boolean {
  if (scope.scopeTagIds === 'all') return true;
  const held = scope.scopeTagIds;
  return effectiveScopeTagIds(roleScopeTagIds).some((id) => held.includes(id));
}

/** The WHERE part that keeps a query to the objects in scope; undefined for a tenant-wide scope. */
export function scopeTagCondition(column: PgColumn, scope: TenantScope): SQL | undefined {
  if (scope.scopeTagIds === 'all') return undefined;
  const held = [...scope.scopeTagIds];
  if (held.length === 0) return sql`false`;
  const overlaps = arrayOverlaps(column, held);
  return held.includes(DEFAULT_SCOPE_TAG_ID) ? sql`(${overlaps} OR cardinality(${column}) = 0)` : overlaps;
}
