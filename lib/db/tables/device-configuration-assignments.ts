// Graph `deviceConfigurationAssignment`: the targets of one profile. `POST …/assign` replaces the set.
import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id } from './columns';
import { deviceConfigurations } from './device-configurations';

/** The Graph target: `@odata.type`, `groupId` for group targets, and the assignment filter fields. */
export type StoredAssignmentTarget = {
  '@odata.type': string;
  groupId?: string;
  deviceAndAppManagementAssignmentFilterId?: string | null;
  deviceAndAppManagementAssignmentFilterType?: string | null;
};

export const deviceConfigurationAssignments = pgTable(
  'device_configuration_assignments',
  {
    id: id(),
    configurationId: uuid('configuration_id').notNull(),
    target: jsonb('target').$type<StoredAssignmentTarget>().notNull(),
    intent: text('intent').$type<'apply'>().notNull().default('apply'),
    /** The position in the assigned set, so GET returns the order the admin chose. */
    position: integer('position').notNull(),
    ...graphTimestamps(),
  },
  (t) => [
    // Named explicitly: the generated name exceeds PostgreSQL's 63-character identifiers.
    foreignKey({
      name: 'device_configuration_assignments_configuration_fk',
      columns: [t.configurationId],
      foreignColumns: [deviceConfigurations.id],
    }).onDelete('cascade'),
    index('device_configuration_assignments_configuration_idx').on(t.configurationId, t.position),
    check('device_configuration_assignments_intent_check', sql`${t.intent} IN ('apply')`),
  ],
);
