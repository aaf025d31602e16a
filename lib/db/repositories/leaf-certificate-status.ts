// A leaf's effective status at an instant: an active certificate past its notAfter reads 'expired' without a job
// having to rewrite it. Shared by the leaf queries that return or filter by status.
import { and, eq, gt, lte, or, type SQL, sql } from 'drizzle-orm';
import { type LeafCertificateStatus, leafCertificates } from '../schema';

export function effectiveStatus(now: Date): SQL<LeafCertificateStatus> {
  const { status: stored, validityEndDateTime: notAfter } = leafCertificates;
  return sql<LeafCertificateStatus>`(CASE WHEN ${stored} = 'active' AND ${lte(notAfter, now)} THEN 'expired' ELSE ${stored} END)`;
}

export function statusIs(status: LeafCertificateStatus, now: Date): SQL | undefined {
  const { status: stored, validityEndDateTime: notAfter } = leafCertificates;
  if (status === 'revoked') return eq(stored, 'revoked');
  if (status === 'active') return and(eq(stored, 'active'), gt(notAfter, now));
  return or(eq(stored, 'expired'), and(eq(stored, 'active'), lte(notAfter, now)));
}
