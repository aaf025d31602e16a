// Audit log: every mutating service records who did what to which object.
import { and, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../database';
import { auditEvents } from '../schema';

export type { AuditActorType, AuditSummary } from '../schema';
export type AuditEventRow = typeof auditEvents.$inferSelect;
export type NewAuditEvent = Omit<typeof auditEvents.$inferInsert, 'createdDateTime' | 'lastModifiedDateTime'>;

export async function insertAuditEvent(db: Database, values: NewAuditEvent): Promise<AuditEventRow> {
  const [row] = await db.insert(auditEvents).values(values).returning();
  if (!row) throw new Error('INSERT … RETURNING returned no row');
  return row;
}

export interface AuditEventQuery {
  tenantId: string;
  activityType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  top?: number;
  skip?: number;
}

/** Newest first, plus the total matching the filter. */
export async function listAuditEvents(
  db: Database,
  query: AuditEventQuery,
): Promise<{ items: AuditEventRow[]; totalCount: number }> {
  const where = and(
    eq(auditEvents.tenantId, query.tenantId),
    query.activityType ? eq(auditEvents.activityType, query.activityType) : undefined,
    query.targetId ? eq(auditEvents.targetId, query.targetId) : undefined,
    query.from ? gte(auditEvents.activityDateTime, query.from) : undefined,
    query.to ? lte(auditEvents.activityDateTime, query.to) : undefined,
  );
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(where)
      .orderBy(desc(auditEvents.activityDateTime), desc(auditEvents.id))
      .limit(Math.max(0, query.top ?? 100))
      .offset(Math.max(0, query.skip ?? 0)),
    db.select({ value: count() }).from(auditEvents).where(where),
  ]);
  return { items, totalCount: total?.value ?? 0 };
}
