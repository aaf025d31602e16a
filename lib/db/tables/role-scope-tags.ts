// Intune scope tags (Graph `roleScopeTag`). Graph ids are short decimal strings; "0" is the built-in Default tag,
// which is code, not a row, so the identity starts at 1.
import { sql } from 'drizzle-orm';
import { integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps } from './columns';
import { tenants } from './tenants';

export const roleScopeTags = pgTable(
  'role_scope_tags',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity({ startWith: 1 }),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    displayName: text('display_name').notNull(),
    description: text('description'),
    ...graphTimestamps(),
  },
  (t) => [uniqueIndex('role_scope_tags_tenant_name_unique').on(t.tenantId, sql`lower(${t.displayName})`)],
);
