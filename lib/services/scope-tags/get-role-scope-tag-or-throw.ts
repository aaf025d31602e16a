import 'server-only';
import type { Database } from '@/lib/db/database';
import { getRoleScopeTag, type RoleScopeTagRow } from '@/lib/db/repositories/role-scope-tags';
import { notFound } from '../roles/role-errors';

/** A tag row by its Graph id; "0" (Default) is not a row, and anything but a small decimal is no tag. */
export async function getRoleScopeTagOrThrow(db: Database, tenantId: string, id: string): Promise<RoleScopeTagRow> {
  const row = /^[1-9]\d{0,8}$/.test(id) ? await getRoleScopeTag(db, tenantId, Number(id)) : undefined;
  if (!row) throw notFound('scope tag', id);
  return row;
}
