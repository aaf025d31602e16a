// What a principal may do and over which objects: each permission with the scope tags it holds over. A grant from
// an app role in the token is tenant-wide ('all'); a role assignment grants its role's permissions over the
// objects that carry one of the assignment's scope tags. Two grants of one permission add up.
import type { Permission } from './permissions';

/** 'all': every object of the tenant; otherwise the scope tag ids an object must share one of. */
export type RoleScope = 'all' | readonly string[];

export type PermissionGrants = Partial<Record<Permission, RoleScope>>;

export interface RoleGrant {
  permissions: readonly Permission[];
  scope: RoleScope;
}

function unionOf(a: RoleScope | undefined, b: RoleScope): RoleScope {
  if (a === undefined) return b;
  if (a === 'all' || b === 'all') return 'all';
  return [...new Set([...a, ...b])];
}

export function grantsOf(roleGrants: readonly RoleGrant[]): PermissionGrants {
  const grants: PermissionGrants = {};
  for (const { permissions, scope } of roleGrants) {
    for (const permission of permissions) grants[permission] = unionOf(grants[permission], scope);
  }
  return grants;
}

export function permissionsOfGrants(grants: PermissionGrants): Permission[] {
  return Object.keys(grants) as Permission[];
}
