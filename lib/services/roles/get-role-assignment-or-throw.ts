import 'server-only';
import type { Database } from '@/lib/db/database';
import { getRoleAssignment, type RoleAssignmentRow } from '@/lib/db/repositories/role-assignments';
import { isGuid } from '@/lib/services/directory/directory-errors';
import { notFound } from './role-errors';

export async function getRoleAssignmentOrThrow(db: Database, tenantId: string, id: string): Promise<RoleAssignmentRow> {
  const row = isGuid(id) ? await getRoleAssignment(db, tenantId, id) : undefined;
  if (!row) throw notFound('role assignment', id);
  return row;
}
