// Custom Intune roles (Graph `deviceAndAppManagementRoleDefinition`, isBuiltIn false). The built-in roles are code
// (lib/auth/built-in-role-definitions.ts), so they follow the permission catalogue and cannot be edited.
import { sql } from 'drizzle-orm';
import { pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id } from './columns';
import { tenants } from './tenants';

export const roleDefinitions = pgTable(
  'role_definitions',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    description: text('description'),
    /** Intune resource action ids (`Microsoft.Intune_CloudPki_Read`, …): the wire names, stable across releases. */
    allowedResourceActions: text('allowed_resource_actions').array().notNull().default(sql`'{}'::text[]`),
    /** The scope tags of the role definition itself (who may see the role), not of what it grants. */
    roleScopeTagIds: text('role_scope_tag_ids').array().notNull().default(sql`'{}'::text[]`),
    ...graphTimestamps(),
  },
  // The admin center refuses a second role with the same name, in any letter case.
  (t) => [uniqueIndex('role_definitions_tenant_name_unique').on(t.tenantId, sql`lower(${t.displayName})`)],
);
