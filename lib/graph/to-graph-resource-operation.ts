// A permission of the catalogue -> Graph `resourceOperation` JSON: what the Roles › Create wizard offers.
import { ALL_PERMISSIONS, permissionSpecOf, type Permission } from '@/lib/auth/permissions';

export interface GraphResourceOperation {
  '@odata.type': '#microsoft.graph.resourceOperation';
  /** The resource action id role definitions carry. */
  id: string;
  resourceName: string;
  actionName: string;
  description: string;
  /** Scope tags narrow what the permission reaches (CAs and profiles carry them). */
  enabledForScopeValidation: boolean;
}

const SCOPED_CATEGORIES = new Set(['Cloud PKI', 'Device configurations']);

export function toGraphResourceOperation(permission: Permission): GraphResourceOperation {
  const { displayName, resourceAction, category } = permissionSpecOf(permission);
  return {
    '@odata.type': '#microsoft.graph.resourceOperation',
    id: resourceAction,
    resourceName: category,
    actionName: displayName,
    description: displayName,
    enabledForScopeValidation: SCOPED_CATEGORIES.has(category),
  };
}

export const listGraphResourceOperations = () => ALL_PERMISSIONS.map(toGraphResourceOperation);
