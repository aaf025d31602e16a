// Entra security groups (Graph `group`): the targets of profile assignments. Membership is in
// group-members.ts.
import { sql } from 'drizzle-orm';
import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id } from './columns';
import { tenants } from './tenants';

export const groups = pgTable(
  'groups',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    // Not unique: Entra allows two groups with one name, and so do we.
    displayName: text('display_name').notNull(),
    description: text('description'),
    mailNickname: text('mail_nickname').notNull(),
    ...graphTimestamps(),
  },
  (t) => [index('groups_tenant_name_idx').on(t.tenantId, sql`lower(${t.displayName})`)],
);
