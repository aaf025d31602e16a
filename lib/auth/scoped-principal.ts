// The caller of one Graph request together with the scope its permission holds over: the route's permission, from
// the role assignments that grant it (graph-route.ts builds it). Services that read or change CAs and device
// configurations take this, not a bare Principal, so the objects they reach are the caller's in-scope ones.
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';
import type { RoleScope } from './permission-grants';
import type { Principal } from './principal';

export interface ScopedPrincipal extends Principal {
  /** The CAs and profiles this request may see and change. */
  readonly tenantScope: TenantScope;
}

export function scopedPrincipal(principal: Principal, scope: RoleScope): ScopedPrincipal {
  return { ...principal, tenantScope: { tenantId: principal.tenantId, scopeTagIds: scope } };
}
