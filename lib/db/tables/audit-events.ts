// Graph `auditEvent` rows: who did what to which object, with a before/after summary.
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { graphTimestamps, id, timestampTz } from './columns';
import { tenants } from './tenants';

export type AuditActorType = 'user' | 'application' | 'system';
export type AuditSummary = { before?: unknown; after?: unknown; [key: string]: unknown };

export const auditEvents = pgTable(
  'audit_events',
  {
    id: id(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    /** e.g. 'Create CloudCertificationAuthority'. */
    activityType: text('activity_type').notNull(),
    /** Graph activityOperationType: Create, Patch, Delete, Action, Get, Search. */
    activityOperationType: text('activity_operation_type').notNull(),
    /** Graph activityResult: Success or Failure. */
    activityResult: text('activity_result').notNull().default('Success'),
    category: text('category').notNull().default('CloudPki'),
    actorType: text('actor_type').$type<AuditActorType>().notNull(),
    /** UPN of a user, client id of an application, or 'system'. */
    actor: text('actor').notNull(),
    actorIpAddress: text('actor_ip_address'),
    targetType: text('target_type').notNull(),
    targetId: text('target_id'),
    targetDisplayName: text('target_display_name'),
    correlationId: uuid('correlation_id'),
    summary: jsonb('summary').$type<AuditSummary>().notNull().default({}),
    activityDateTime: timestampTz('activity_date_time').notNull().defaultNow(),
    ...graphTimestamps(),
  },
  (t) => [
    index('audit_events_tenant_time_idx').on(t.tenantId, t.activityDateTime),
    index('audit_events_tenant_type_idx').on(t.tenantId, t.activityType),
  ],
);
