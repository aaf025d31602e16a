// Graph `roleScopeTagAutoAssignment`: the groups a scope tag is assigned to (Intune applies the tag to the devices
// of those groups). `POST roleScopeTags/{id}/assign` replaces a tag's whole set; deleting the tag or the group
// removes the assignment with it.
import { foreignKey, index, integer, pgTable, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id } from './columns';
import { groups } from './groups';
import { roleScopeTags } from './role-scope-tags';

export const roleScopeTagAssignments = pgTable(
  'role_scope_tag_assignments',
  {
    id: id(),
    roleScopeTagId: integer('role_scope_tag_id').notNull(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** The position in the assigned set, so GET returns the order the admin chose. */
    position: integer('position').notNull(),
    ...graphTimestamps(),
  },
  (t) => [
    // Named explicitly: the generated name exceeds PostgreSQL's 63-character identifiers.
    foreignKey({ name: 'role_scope_tag_assignments_tag_fk', columns: [t.roleScopeTagId], foreignColumns: [roleScopeTags.id] }).onDelete('cascade'),
    uniqueIndex('role_scope_tag_assignments_tag_group_unique').on(t.roleScopeTagId, t.groupId),
    index('role_scope_tag_assignments_group_idx').on(t.groupId),
  ],
);
