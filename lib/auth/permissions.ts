// Server permissions: the four Intune "Cloud PKI" RBAC actions (spec §1.5), plus the Intune RBAC actions the
// deployment side needs (device configurations, managed devices) and directory access (users, groups).

export const PERMISSIONS = {
  'ca.read': 'Read CAs',
  'ca.create': 'Create certificate authorities (CAs)',
  'ca.disableReenable': 'Disable and reenable CAs',
  'leaf.revoke': 'Revoke issued leaf certificates',
  'deviceConfigurations.read': 'Device configurations: Read',
  'deviceConfigurations.write': 'Device configurations: Create, Update, Delete, Assign',
  'managedDevices.read': 'Managed devices: Read',
  'managedDevices.sync': 'Remote tasks: Sync devices',
  'directory.read': 'Users and groups: Read',
  'directory.write': 'Users and groups: Create, Update, Delete',
  'auditData.read': 'Audit data: Read',
} as const;

export type Permission = keyof typeof PERMISSIONS;

const ALL_PERMISSIONS = Object.keys(PERMISSIONS) as Permission[];

/** The permissions that change nothing: what the read-only role holds, and what makes a Graph route a read. */
const READ_PERMISSIONS = ALL_PERMISSIONS.filter((permission) => permission.endsWith('.read'));

export function isReadPermission(permission: Permission): boolean {
  return READ_PERMISSIONS.includes(permission);
}

/** App roles in the token's `roles` claim (Entra app roles or the embedded provider's user roles). */
export const ROLE_PERMISSIONS: Record<string, readonly Permission[]> = {
  'CloudPKI.Admin': ALL_PERMISSIONS,
  'CloudPKI.Operator': ['ca.read', 'leaf.revoke', 'deviceConfigurations.read', 'managedDevices.read', 'directory.read', 'auditData.read'],
  // The read-only role (Intune's built-in Read Only Operator): every read route, no write route.
  'CloudPKI.Reader': READ_PERMISSIONS,
};

export function permissionsOfRoles(roles: readonly string[]): Permission[] {
  return [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []))];
}
