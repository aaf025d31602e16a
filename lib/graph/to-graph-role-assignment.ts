// Role assignment row -> Graph `deviceAndAppManagementRoleAssignment` JSON. Graph's object names no role
// definition; a client reads it with $expand=roleDefinition.
import type { RoleAssignmentRow } from '@/lib/db/repositories/role-assignments';
import type { GraphRoleDefinition } from './to-graph-role-definition';

export interface GraphRoleAssignment {
  '@odata.type': '#microsoft.graph.deviceAndAppManagementRoleAssignment';
  id: string;
  displayName: string;
  description: string | null;
  members: string[];
  roleScopeTagIds: string[];
  // Intune's "Scope (Groups)": the portal lets every assignment manage all devices and users; scope tags narrow it.
  scopeType: 'allDevicesAndLicensedUsers';
  scopeMembers: string[];
  resourceScopes: string[];
  roleDefinition?: GraphRoleDefinition;
}

export function toGraphRoleAssignment(row: RoleAssignmentRow, roleDefinition?: GraphRoleDefinition): GraphRoleAssignment {
  return {
    '@odata.type': '#microsoft.graph.deviceAndAppManagementRoleAssignment',
    id: row.id,
    displayName: row.displayName,
    description: row.description,
    members: row.members,
    roleScopeTagIds: row.roleScopeTagIds,
    scopeType: 'allDevicesAndLicensedUsers',
    scopeMembers: [],
    resourceScopes: [],
    ...(roleDefinition ? { roleDefinition } : {}),
  };
}
