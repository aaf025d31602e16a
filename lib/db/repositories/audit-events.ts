// Audit log: every mutating service records who did what to which object.
import { and, count, desc, eq, gt, gte, lt, lte } from 'drizzle-orm';
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
  /** The user's UPN, the application's name or the system component, exactly. */
  actor?: string;
  targetDisplayName?: string;
  /** Bounds on activityDateTime, as OData's ge, gt, le and lt compare. */
  activityDateTime?: { ge?: Date; gt?: Date; le?: Date; lt?: Date };
  top?: number;
  skip?: number;
}

function timeBounds({ ge, gt: after, le, lt: before }: NonNullable<AuditEventQuery['activityDateTime']>) {
  const column = auditEvents.activityDateTime;
  return [ge && gte(column, ge), after && gt(column, after), le && lte(column, le), before && lt(column, before)];
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
    query.actor ? eq(auditEvents.actor, query.actor) : undefined,
    query.targetDisplayName ? eq(auditEvents.targetDisplayName, query.targetDisplayName) : undefined,
    ...timeBounds(query.activityDateTime ?? {}),
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
