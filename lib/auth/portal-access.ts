// Which permission opens which blade of the portal: the navigation shows only what the signed-in user may open,
// and a blade they may not open explains the missing permission instead of failing its first Graph read. The
// permission is the one the blade's first read (or, for a create page, its submit) needs on the server.
import type { Permission } from './permissions';

export interface PortalAccessRule {
  /** A portal path; the rule covers it and every path below it, unless a longer rule covers that. */
  path: string;
  permission: Permission;
  /** "view" a blade, or "create" for the page that hosts a Create wizard. */
  action: 'view' | 'create';
  /** What the user cannot view or create, in a sentence: "You can’t view audit logs". */
  subject: string;
  /** The blade title the explanation is shown under. */
  title: string;
}

const RULES: readonly PortalAccessRule[] = [
  { path: '/devices', permission: 'managedDevices.read', action: 'view', subject: 'devices', title: 'Devices | All devices' },
  { path: '/devices/configuration', permission: 'deviceConfigurations.read', action: 'view', subject: 'configuration profiles', title: 'Devices | Configuration' },
  { path: '/devices/configuration/create', permission: 'deviceConfigurations.create', action: 'create', subject: 'configuration profiles', title: 'Create profile' },
  { path: '/users', permission: 'directory.read', action: 'view', subject: 'users', title: 'Users' },
  { path: '/groups', permission: 'directory.read', action: 'view', subject: 'groups', title: 'Groups' },
  { path: '/tenant-administration/audit-logs', permission: 'auditData.read', action: 'view', subject: 'audit logs', title: 'Tenant administration | Audit logs' },
  { path: '/tenant-administration/cloud-pki', permission: 'ca.read', action: 'view', subject: 'certification authorities', title: 'Tenant administration | Cloud PKI' },
  { path: '/tenant-administration/cloud-pki/create', permission: 'ca.create', action: 'create', subject: 'certification authorities', title: 'Create certification authority' },
  { path: '/tenant-administration/licenses', permission: 'organization.read', action: 'view', subject: 'licenses', title: 'Tenant administration | Licenses' },
  { path: '/tenant-administration/roles', permission: 'roles.read', action: 'view', subject: 'roles', title: 'Tenant administration | Roles' },
  { path: '/tenant-administration/roles/create', permission: 'roles.create', action: 'create', subject: 'roles', title: 'Create custom role' },
  // Every signed-in user reads scope tags (the pickers need them), so the blade has no rule; creating one needs Roles: Create.
  { path: '/tenant-administration/scope-tags/create', permission: 'roles.create', action: 'create', subject: 'scope tags', title: 'Create scope tag' },
];

const isAtOrBelow = (pathname: string, path: string) => pathname === path || pathname.startsWith(`${path}/`);

/** The most specific rule covering a path, or undefined for pages anyone signed in may open (Home). */
export function accessRuleOf(pathname: string): PortalAccessRule | undefined {
  return RULES.filter((rule) => isAtOrBelow(pathname, rule.path)).sort((a, b) => b.path.length - a.path.length)[0];
}

export function canOpen(pathname: string, hasPermission: (permission: Permission) => boolean): boolean {
  const rule = accessRuleOf(pathname);
  return !rule || hasPermission(rule.permission);
}

/** The first of a section's blades the user may open (where its navigation entry leads), or undefined: no entry. */
export function firstOpenablePath(paths: readonly string[], hasPermission: (permission: Permission) => boolean): string | undefined {
  return paths.find((path) => canOpen(path, hasPermission));
}
