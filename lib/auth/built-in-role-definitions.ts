// Intune's built-in roles: defined here, not in the database, so a permission added to the catalogue reaches the
// administrator at once and nobody can edit or delete them (Graph isBuiltIn: true). Custom roles are rows
// (lib/db/tables/role-definitions.ts). Each built-in role is also what one app role in the token's `roles` claim
// grants — Entra app roles and the embedded provider's user roles — tenant-wide, with no scope tags.
import { ALL_PERMISSIONS, READ_PERMISSIONS, type Permission } from './permissions';

export interface BuiltInRoleDefinition {
  id: string;
  displayName: string;
  description: string;
  permissions: readonly Permission[];
  /** The app role (token `roles` claim) that grants this role. */
  appRole: string;
}

export const BUILT_IN_ROLE_DEFINITIONS: readonly BuiltInRoleDefinition[] = [
  {
    id: '1a681878-e6a6-44be-b302-31369ffe704d',
    displayName: 'Intune Administrator',
    description: 'Intune Administrators hold every Cloud PKI, device configuration, device, role, organization and audit permission.',
    permissions: ALL_PERMISSIONS,
    appRole: 'CloudPKI.Admin',
  },
  {
    id: 'd30be439-b5a2-499c-9b2b-d4a218e09fbe',
    displayName: 'Help Desk Operator',
    description: 'Help Desk Operators read CAs, profiles, devices and the audit log, and revoke issued leaf certificates.',
    permissions: ['ca.read', 'leaf.revoke', 'deviceConfigurations.read', 'managedDevices.read', 'directory.read', 'auditData.read'],
    appRole: 'CloudPKI.Operator',
  },
  {
    id: 'fdfa77ca-7ee5-4b46-9e64-53454d9aa79a',
    displayName: 'Read Only Operator',
    description: 'Read Only Operators view CAs, certificates, profiles, devices, roles and the audit log, and change nothing.',
    permissions: READ_PERMISSIONS,
    appRole: 'CloudPKI.Reader',
  },
];

export function findBuiltInRoleDefinition(id: string): BuiltInRoleDefinition | undefined {
  return BUILT_IN_ROLE_DEFINITIONS.find((role) => role.id === id.toLowerCase());
}

/** The permissions the app roles of a token grant (unknown roles grant nothing). */
export function permissionsOfRoles(appRoles: readonly string[]): Permission[] {
  const granted = BUILT_IN_ROLE_DEFINITIONS.filter((role) => appRoles.includes(role.appRole));
  return [...new Set(granted.flatMap((role) => role.permissions))];
}
