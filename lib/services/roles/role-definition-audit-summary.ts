// What the audit log keeps of a role: its name and permission names.
import { PERMISSIONS } from '@/lib/auth/permissions';
import type { RoleDefinition } from './role-definition';

export function roleDefinitionAuditSummary(role: RoleDefinition) {
  return { displayName: role.displayName, description: role.description, permissions: role.permissions.map((permission) => PERMISSIONS[permission]), roleScopeTagIds: role.roleScopeTagIds };
}
