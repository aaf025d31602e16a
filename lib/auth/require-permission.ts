// The server-side permission check every mutation and read goes through (the UI only hides controls).
import { GraphError } from '@/lib/graph/graph-error';
import type { RoleScope } from './permission-grants';
import { PERMISSIONS, type Permission } from './permissions';
import type { Principal } from './principal';

/** The scope tags the permission holds over; a Graph 403 naming the permission when the principal lacks it. */
export function requirePermission(principal: Principal, permission: Permission): RoleScope {
  const scope = principal.grants[permission];
  if (scope === undefined) throw new GraphError('Forbidden', `This action requires the '${PERMISSIONS[permission]}' permission.`);
  return scope;
}
