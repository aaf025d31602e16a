// The four Intune "Cloud PKI" RBAC actions (spec §1.5), as server permissions, and the roles that carry them.

export const PERMISSIONS = {
  'ca.read': 'Read CAs',
  'ca.create': 'Create certificate authorities (CAs)',
  'ca.disableReenable': 'Disable and reenable CAs',
  'leaf.revoke': 'Revoke issued leaf certificates',
} as const;

export type Permission = keyof typeof PERMISSIONS;

/** App roles in the token's `roles` claim (Entra app roles or the embedded provider's user roles). */
export const ROLE_PERMISSIONS: Record<string, readonly Permission[]> = {
  'CloudPKI.Admin': ['ca.read', 'ca.create', 'ca.disableReenable', 'leaf.revoke'],
  'CloudPKI.Operator': ['ca.read', 'leaf.revoke'],
  'CloudPKI.Reader': ['ca.read'],
};

export function permissionsOfRoles(roles: readonly string[]): Permission[] {
  return [...new Set(roles.flatMap((role) => ROLE_PERMISSIONS[role] ?? []))];
}
