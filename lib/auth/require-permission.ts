// The server-side permission check every mutation and read goes through (the UI only hides controls).
import { GraphError } from '@/lib/graph/graph-error';
import { PERMISSIONS, type Permission } from './permissions';
import type { Principal } from './principal';

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.permissions.includes(permission)) {
    throw new GraphError('Forbidden', `This action requires the '${PERMISSIONS[permission]}' permission.`);
  }
}
