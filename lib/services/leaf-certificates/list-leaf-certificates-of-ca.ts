// "View all certificates" of an issuing CA: server-side paging, search, status filter and order over every row
// (no 1,000-row cap), with the count only when asked for.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { countLeafCertificates } from '@/lib/db/repositories/leaf-certificate-counts';
import { type LeafCertificateQuery, listLeafCertificates } from '@/lib/db/repositories/leaf-certificate-list';
import { getCertificationAuthorityOrThrow } from '../certification-authorities/get-certification-authority-or-throw';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';

export async function listLeafCertificatesOfCa(
  db: Database,
  scope: TenantScope,
  caId: string,
  query: Omit<LeafCertificateQuery, 'tenantId' | 'caId'>,
  options: { isCountRequested: boolean },
) {
  // The leaves of a CA out of scope are hidden with it: 404 before any row or count is read.
  const ca = await getCertificationAuthorityOrThrow(db, scope, caId);
  const scoped = { ...query, tenantId: ca.tenantId, caId: ca.id, now: query.now ?? new Date() };
  const [page, totalCount] = await Promise.all([
    listLeafCertificates(db, scoped),
    options.isCountRequested ? countLeafCertificates(db, scoped) : undefined,
  ]);
  return { ca, ...page, totalCount };
}
