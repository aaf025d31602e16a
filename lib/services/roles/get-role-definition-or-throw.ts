import 'server-only';
import { findBuiltInRoleDefinition } from '@/lib/auth/built-in-role-definitions';
import type { Database } from '@/lib/db/database';
import { getRoleDefinition } from '@/lib/db/repositories/role-definitions';
import { isGuid } from '@/lib/services/directory/directory-errors';
import { builtInRoleDefinition, customRoleDefinition, type RoleDefinition } from './role-definition';
import { notFound } from './role-errors';

export async function getRoleDefinitionOrThrow(db: Database, tenantId: string, id: string): Promise<RoleDefinition> {
  const builtIn = findBuiltInRoleDefinition(id);
  if (builtIn) return builtInRoleDefinition(builtIn);
  const row = isGuid(id) ? await getRoleDefinition(db, tenantId, id) : undefined;
  if (!row) throw notFound('role definition', id);
  return customRoleDefinition(row);
}
