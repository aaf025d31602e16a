import { permissionSpecOf, type Permission } from '@/lib/auth/permissions';

/** The Intune resource action ids a role definition row stores for these permissions. */
export const resourceActionsOf = (permissions: readonly Permission[]) => permissions.map((permission) => permissionSpecOf(permission).resourceAction);
