// Direct members of a group: users, managed devices or other groups (nested groups). member_id points into one of
// three tables, so it has no foreign key; deleting a user or group removes its memberships in the same transaction
// (lib/db/repositories/users.ts, groups.ts).
import { sql } from 'drizzle-orm';
import { check, index, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestampTz } from './columns';
import { groups } from './groups';

export type GroupMemberType = 'user' | 'device' | 'group';

export const groupMembers = pgTable(
  'group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** A user id, a managed device id (Intune device id) or a group id of the same tenant. */
    memberId: uuid('member_id').notNull(),
    memberType: text('member_type').$type<GroupMemberType>().notNull(),
    // A membership is a link, not an entity: it is added and removed, never modified.
    createdDateTime: timestampTz('created_date_time').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'group_members_pk', columns: [t.groupId, t.memberId] }),
    index('group_members_member_idx').on(t.memberId),
    check('group_members_type_check', sql`${t.memberType} IN ('user', 'device', 'group')`),
    check('group_members_not_self', sql`${t.memberId} <> ${t.groupId}`),
  ],
);
