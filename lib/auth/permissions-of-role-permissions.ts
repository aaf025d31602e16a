// Graph `rolePermission` collection (deviceManagement/getEffectivePermissions, a role definition's rolePermissions)
// -> the permissions it allows. Resource actions the portal does not know are ignored: a newer server may name
// more, and the UI only needs the ones it gates on.
import { permissionOfResourceAction, type Permission } from './permissions';

export interface GraphResourceActions {
  allowedResourceActions?: readonly string[] | null;
  notAllowedResourceActions?: readonly string[] | null;
}

export interface GraphRolePermissionLike {
  resourceActions?: readonly GraphResourceActions[] | null;
}

export function permissionsOfRolePermissions(rolePermissions: readonly GraphRolePermissionLike[]): Permission[] {
  const allowed = new Set<Permission>();
  const denied = new Set<Permission>();
  for (const { resourceActions } of rolePermissions) {
    for (const actions of resourceActions ?? []) {
      for (const action of actions.allowedResourceActions ?? []) addKnown(allowed, action);
      for (const action of actions.notAllowedResourceActions ?? []) addKnown(denied, action);
    }
  }
  return [...allowed].filter((permission) => !denied.has(permission));
}

function addKnown(permissions: Set<Permission>, resourceAction: string): void {
  const permission = permissionOfResourceAction(resourceAction);
  if (permission) permissions.add(permission);
}
