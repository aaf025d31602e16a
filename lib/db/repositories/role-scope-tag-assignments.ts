// The groups scope tags are assigned to. `POST roleScopeTags/{id}/assign` replaces a tag's whole set, so the
// repository replaces it in one transaction: readers see the old set or the new one, never a mix.
import { asc, eq } from 'drizzle-orm';
import type { Database } from '../database';
import { roleScopeTagAssignments, roleScopeTags } from '../schema';

export type RoleScopeTagAssignmentRow = typeof roleScopeTagAssignments.$inferSelect;

export async function listRoleScopeTagAssignments(db: Database, roleScopeTagId: number): Promise<RoleScopeTagAssignmentRow[]> {
  return db
    .select()
    .from(roleScopeTagAssignments)
    .where(eq(roleScopeTagAssignments.roleScopeTagId, roleScopeTagId))
    .orderBy(asc(roleScopeTagAssignments.position));
}

/** Replaces the tag's assigned groups with `groupIds`, in this order; returns the new rows. */
export async function replaceRoleScopeTagAssignments(db: Database, roleScopeTagId: number, groupIds: readonly string[]): Promise<RoleScopeTagAssignmentRow[]> {
  return db.transaction(async (tx) => {
    // Lock the tag row first: two replaces racing would otherwise each delete the old set and insert their own.
    await tx.select({ id: roleScopeTags.id }).from(roleScopeTags).where(eq(roleScopeTags.id, roleScopeTagId)).for('update');
    await tx.delete(roleScopeTagAssignments).where(eq(roleScopeTagAssignments.roleScopeTagId, roleScopeTagId));
    if (groupIds.length === 0) return [];
    return tx
      .insert(roleScopeTagAssignments)
      .values(groupIds.map((groupId, position) => ({ roleScopeTagId, groupId, position })))
      .returning()
      .then((rows) => rows.sort((a, b) => a.position - b.position));
  });
}
