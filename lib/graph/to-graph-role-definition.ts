// RoleDefinition -> Graph `deviceAndAppManagementRoleDefinition` JSON, the type Intune's roleDefinitions answer
// with. Permissions are Intune resource action ids in rolePermissions[].resourceActions[].allowedResourceActions.
import { permissionSpecOf } from '@/lib/auth/permissions';
import type { RoleDefinition } from '@/lib/services/roles/role-definition';

export interface GraphRoleDefinition {
  '@odata.type': '#microsoft.graph.deviceAndAppManagementRoleDefinition';
  id: string;
  displayName: string;
  description: string | null;
  isBuiltIn: boolean;
  isBuiltInRoleDefinition: boolean;
  roleScopeTagIds: string[];
  rolePermissions: { resourceActions: { allowedResourceActions: string[]; notAllowedResourceActions: string[] }[] }[];
}

export function toGraphRoleDefinition(role: RoleDefinition): GraphRoleDefinition {
  return {
    '@odata.type': '#microsoft.graph.deviceAndAppManagementRoleDefinition',
    id: role.id,
    displayName: role.displayName,
    description: role.description,
    isBuiltIn: role.isBuiltIn,
    isBuiltInRoleDefinition: role.isBuiltIn,
    roleScopeTagIds: [...role.roleScopeTagIds],
    rolePermissions: [
      { resourceActions: [{ allowedResourceActions: role.permissions.map((permission) => permissionSpecOf(permission).resourceAction), notAllowedResourceActions: [] }] },
    ],
  };
}
