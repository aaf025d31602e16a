// The permission catalogue: every permission a route can require, under a short key the code uses, with the name
// the Intune admin center shows (what error messages and tooltips say) and Intune's resource action id (what role
// definitions carry on the Graph wire, rolePermissions.resourceActions.allowedResourceActions).
// The four Cloud PKI actions are Intune's "Cloud PKI" category; devices, configurations, roles, organization and
// audit are Intune RBAC categories of the same names. Users and groups are Entra's in a real tenant (directory
// roles, not Intune RBAC): here they are a portal category of their own.

interface PermissionSpec {
  /** Exactly as the Intune admin center names it. */
  displayName: string;
  /** Intune's resource operation id (`Microsoft.Intune_<Resource>_<Action>`), or the portal's for directory access. */
  resourceAction: string;
  /** The category the Roles › Create wizard groups it under. */
  category: string;
}

const CATALOGUE = {
  'ca.read': { displayName: 'Read CAs', resourceAction: 'Microsoft.Intune_CloudPki_Read', category: 'Cloud PKI' },
  'ca.create': { displayName: 'Create certificate authorities (CAs)', resourceAction: 'Microsoft.Intune_CloudPki_Create', category: 'Cloud PKI' },
  // [unverified] which of Intune's CloudPki_Update / CloudPki_Revoke ids names which UI action; Update fits pause/resume.
  'ca.disableReenable': { displayName: 'Disable and reenable CAs', resourceAction: 'Microsoft.Intune_CloudPki_Update', category: 'Cloud PKI' },
  'leaf.revoke': { displayName: 'Revoke issued leaf certificates', resourceAction: 'Microsoft.Intune_CloudPki_Revoke', category: 'Cloud PKI' },
  'deviceConfigurations.read': { displayName: 'Device configurations: Read', resourceAction: 'Microsoft.Intune_DeviceConfigurations_Read', category: 'Device configurations' },
  'deviceConfigurations.create': { displayName: 'Device configurations: Create', resourceAction: 'Microsoft.Intune_DeviceConfigurations_Create', category: 'Device configurations' },
  'deviceConfigurations.update': { displayName: 'Device configurations: Update', resourceAction: 'Microsoft.Intune_DeviceConfigurations_Update', category: 'Device configurations' },
  'deviceConfigurations.delete': { displayName: 'Device configurations: Delete', resourceAction: 'Microsoft.Intune_DeviceConfigurations_Delete', category: 'Device configurations' },
  'deviceConfigurations.assign': { displayName: 'Device configurations: Assign', resourceAction: 'Microsoft.Intune_DeviceConfigurations_Assign', category: 'Device configurations' },
  'managedDevices.read': { displayName: 'Managed devices: Read', resourceAction: 'Microsoft.Intune_ManagedDevices_Read', category: 'Managed devices' },
  'managedDevices.sync': { displayName: 'Remote tasks: Sync devices', resourceAction: 'Microsoft.Intune_RemoteTasks_SyncDevice', category: 'Remote tasks' },
  'roles.read': { displayName: 'Roles: Read', resourceAction: 'Microsoft.Intune_Roles_Read', category: 'Roles' },
  'roles.create': { displayName: 'Roles: Create', resourceAction: 'Microsoft.Intune_Roles_Create', category: 'Roles' },
  'roles.update': { displayName: 'Roles: Update', resourceAction: 'Microsoft.Intune_Roles_Update', category: 'Roles' },
  'roles.delete': { displayName: 'Roles: Delete', resourceAction: 'Microsoft.Intune_Roles_Delete', category: 'Roles' },
  'roles.assign': { displayName: 'Roles: Assign', resourceAction: 'Microsoft.Intune_Roles_Assign', category: 'Roles' },
  'organization.read': { displayName: 'Organization: Read', resourceAction: 'Microsoft.Intune_Organization_Read', category: 'Organization' },
  'organization.update': { displayName: 'Organization: Update', resourceAction: 'Microsoft.Intune_Organization_Update', category: 'Organization' },
  'auditData.read': { displayName: 'Audit data: Read', resourceAction: 'Microsoft.Intune_Audit_Read', category: 'Audit data' },
  'directory.read': { displayName: 'Users and groups: Read', resourceAction: 'CloudPki.Portal_Directory_Read', category: 'Users and groups' },
  'directory.write': { displayName: 'Users and groups: Create, Update, Delete', resourceAction: 'CloudPki.Portal_Directory_Write', category: 'Users and groups' },
} as const satisfies Record<string, PermissionSpec>;

export type Permission = keyof typeof CATALOGUE;

export const ALL_PERMISSIONS = Object.keys(CATALOGUE) as Permission[];

/** Permission → the name the admin center shows, for messages: `requires the '${PERMISSIONS[p]}' permission`. */
export const PERMISSIONS = Object.fromEntries(ALL_PERMISSIONS.map((key) => [key, CATALOGUE[key].displayName])) as {
  [K in Permission]: (typeof CATALOGUE)[K]['displayName'];
};

export function permissionSpecOf(permission: Permission): PermissionSpec {
  return CATALOGUE[permission];
}

const BY_RESOURCE_ACTION = new Map(ALL_PERMISSIONS.map((key) => [CATALOGUE[key].resourceAction.toLowerCase(), key]));

/** The permission an Intune resource action id names (case-insensitive, as Graph compares them), or undefined. */
export function permissionOfResourceAction(resourceAction: string): Permission | undefined {
  return BY_RESOURCE_ACTION.get(resourceAction.toLowerCase());
}

/** The permissions that change nothing: what the read-only role holds, and what makes a Graph route a read. */
export const READ_PERMISSIONS = ALL_PERMISSIONS.filter((permission) => permission.endsWith('.read'));

export function isReadPermission(permission: Permission): boolean {
  return READ_PERMISSIONS.includes(permission);
}
