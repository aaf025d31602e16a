// How many leaves match a list filter ($count, the CA's monitoring tiles). Filtered only by CA and status, the
// answer comes from leaf_certificate_counts, which triggers keep per (CA, stored status, UTC day of notAfter): a few
// hundred rows, however many certificates. Only the certificates whose notAfter falls on today are counted one
// by one, to split active from expired at `now`. Any other filter counts the matching rows through its index.
import { and, count, eq, gte, lt, lte, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { certificationAuthorities, type LeafCertificateStatus, leafCertificateCounts, leafCertificates } from '../schema';
import { type LeafCertificateFilter, leafFilterConditions, leafWhere } from './leaf-certificate-list';

export type LeafCertificateCounts = Record<LeafCertificateStatus | 'total', number>;

const DAY_MS = 86_400_000;

/** Every status's count in one CA at `now`, from the counters. */
export async function countLeafCertificatesByStatus(db: Database, tenantId: string, caId: string, now: Date = new Date()): Promise<LeafCertificateCounts> {
  const todayStart = new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS);
  const today = todayStart.toISOString().slice(0, 10);
  const c = leafCertificateCounts;
  const ofTenantCa = sql`${c.caId} IN (SELECT ${certificationAuthorities.id} FROM ${certificationAuthorities} WHERE ${and(eq(certificationAuthorities.id, caId), eq(certificationAuthorities.tenantId, tenantId))})`;
  const [buckets, [expiringToday]] = await Promise.all([
    db
      .select({ status: c.status, day: sql<number>`sign(${c.validityEndDay} - ${today}::date)::int`, value: sql<number>`sum(${c.count})::bigint` })
      .from(c)
      .where(ofTenantCa)
      .groupBy(sql`1`, sql`2`)
      .then((rows) => rows.map((row) => ({ ...row, day: Number(row.day), value: Number(row.value) }))),
    // Stored as active, notAfter today and already past: expired now.
    db
      .select({ value: count() })
      .from(leafCertificates)
      .where(
        and(
          eq(leafCertificates.tenantId, tenantId),
          eq(leafCertificates.caId, caId),
          eq(leafCertificates.status, 'active'),
          gte(leafCertificates.validityEndDateTime, todayStart),
          lt(leafCertificates.validityEndDateTime, new Date(todayStart.getTime() + DAY_MS)),
          lte(leafCertificates.validityEndDateTime, now),
        ),
      ),
  ]);
  const counts = { active: 0, revoked: 0, expired: 0, total: 0 };
  for (const { status, day, value } of buckets) {
    const isPast = status === 'active' && day < 0;
    counts[isPast ? 'expired' : status] += value;
    counts.total += value;
  }
  const expiredToday = expiringToday?.value ?? 0;
  counts.active -= expiredToday;
  counts.expired += expiredToday;
  return counts;
}

/** $count of a list filter: from the counters when only CA and status filter it, else by counting the rows. */
export async function countLeafCertificates(db: Database, filter: LeafCertificateFilter): Promise<number> {
  const now = filter.now ?? new Date();
  if (filter.caId && leafFilterConditions(filter).length === 0) {
    const counts = await countLeafCertificatesByStatus(db, filter.tenantId, filter.caId, now);
    const statuses = filter.status === undefined ? undefined : [...new Set([filter.status].flat())];
    return statuses ? statuses.reduce((sum, status) => sum + counts[status], 0) : counts.total;
  }
  const [total] = await db.select({ value: count() }).from(leafCertificates).where(leafWhere(filter, now));
  return total?.value ?? 0;
}
