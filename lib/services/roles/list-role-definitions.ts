// GET roleDefinitions: Intune's built-in roles, then the tenant's custom roles by name.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { listRoleDefinitions as listRows } from '@/lib/db/repositories/role-definitions';
import { BUILT_IN_ROLES, customRoleDefinition, type RoleDefinition } from './role-definition';

export async function listRoleDefinitions(db: Database, tenantId: string): Promise<RoleDefinition[]> {
  return [...BUILT_IN_ROLES, ...(await listRows(db, tenantId)).map(customRoleDefinition)];
}
