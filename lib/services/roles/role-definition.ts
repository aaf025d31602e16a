// A role definition as the portal handles it, built-in (code) or custom (a row): the shape services return and
// the Graph mapper reads.
import { BUILT_IN_ROLE_DEFINITIONS, type BuiltInRoleDefinition } from '@/lib/auth/built-in-role-definitions';
import type { Permission } from '@/lib/auth/permissions';
import type { RoleDefinitionRow } from '@/lib/db/repositories/role-definitions';
import { permissionsOfResourceActions } from './role-definition-permissions';

export interface RoleDefinition {
  id: string;
  displayName: string;
  description: string | null;
  isBuiltIn: boolean;
  permissions: readonly Permission[];
  roleScopeTagIds: readonly string[];
}

export function builtInRoleDefinition(role: BuiltInRoleDefinition): RoleDefinition {
  return { id: role.id, displayName: role.displayName, description: role.description, isBuiltIn: true, permissions: role.permissions, roleScopeTagIds: [] };
}

export function customRoleDefinition(row: RoleDefinitionRow): RoleDefinition {
  return {
    id: row.id,
    displayName: row.displayName,
    description: row.description,
    isBuiltIn: false,
    permissions: permissionsOfResourceActions(row.allowedResourceActions),
    roleScopeTagIds: row.roleScopeTagIds,
  };
}

export const BUILT_IN_ROLES: readonly RoleDefinition[] = BUILT_IN_ROLE_DEFINITIONS.map(builtInRoleDefinition);
