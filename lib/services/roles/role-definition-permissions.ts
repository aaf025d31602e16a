// The permissions a role definition grants, built-in (code) or custom (a row of Intune resource action ids).
import { findBuiltInRoleDefinition } from '@/lib/auth/built-in-role-definitions';
import { permissionOfResourceAction, type Permission } from '@/lib/auth/permissions';

export function permissionsOfResourceActions(resourceActions: readonly string[]): Permission[] {
  return [...new Set(resourceActions.map(permissionOfResourceAction).filter((permission) => permission !== undefined))];
}

/** Built-in by id, else the custom row's actions; a definition deleted since grants nothing. */
export function permissionsOfRoleDefinition(id: string, customRows: ReadonlyMap<string, { allowedResourceActions: string[] }>): readonly Permission[] {
  const builtIn = findBuiltInRoleDefinition(id);
  if (builtIn) return builtIn.permissions;
  return permissionsOfResourceActions(customRows.get(id)?.allowedResourceActions ?? []);
}
