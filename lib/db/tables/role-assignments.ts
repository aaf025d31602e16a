// Intune role assignments (Graph `deviceAndAppManagementRoleAssignment`): a role granted to the members of some
// groups, over the objects that carry one of its scope tags.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id } from './columns';
import { tenants } from './tenants';

export const roleAssignments = pgTable(
  'role_assignments',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** A custom role (role_definitions) or a built-in one (code), so no foreign key; the service checks it. */
    roleDefinitionId: uuid('role_definition_id').notNull(),
    displayName: text('display_name').notNull(),
    description: text('description'),
    /** Graph `members`: the ids of the groups whose (transitive) members hold the role. */
    members: uuid('members').array().notNull().default(sql`'{}'::uuid[]`),
    /** The scope tags the role holds over: objects carrying any of them. */
    roleScopeTagIds: text('role_scope_tag_ids').array().notNull().default(sql`'{}'::text[]`),
    ...graphTimestamps(),
  },
  (t) => [
    index('role_assignments_tenant_definition_idx').on(t.tenantId, t.roleDefinitionId),
    // Finding the assignments of a signed-in user's groups: members && ARRAY[…].
    index('role_assignments_members_idx').using('gin', t.members),
  ],
);
