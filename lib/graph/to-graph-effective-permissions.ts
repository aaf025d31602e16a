// A principal's grants -> Graph `rolePermission` collection, as deviceManagement/getEffectivePermissions answers:
// one rolePermission per scope (tenant-wide first), its resource actions the permissions held over it. The UI
// reads it to show what the signed-in user may open and do.
import type { PermissionGrants, RoleScope } from '@/lib/auth/permission-grants';
import { permissionSpecOf, type Permission } from '@/lib/auth/permissions';

export interface GraphRolePermission {
  resourceActions: { allowedResourceActions: string[]; notAllowedResourceActions: string[] }[];
}

export function toGraphEffectivePermissions(grants: PermissionGrants): GraphRolePermission[] {
  const byScope = new Map<string, Permission[]>();
  const keyOf = (scope: RoleScope) => (scope === 'all' ? '' : [...scope].sort().join(','));
  for (const [permission, scope] of Object.entries(grants) as [Permission, RoleScope][]) {
    const key = keyOf(scope);
    byScope.set(key, [...(byScope.get(key) ?? []), permission]);
  }
  return [...byScope.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, permissions]) => ({
      resourceActions: [{ allowedResourceActions: permissions.map((permission) => permissionSpecOf(permission).resourceAction), notAllowedResourceActions: [] }],
    }));
}
