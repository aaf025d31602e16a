// "View all certificates" of an issuing CA: server-side paging, search, status filter and order over every row
// (no 1,000-row cap, spec §8.5).
import 'server-only';
import type { Database } from '@/lib/db/database';
import { type LeafCertificateQuery, listLeafCertificates } from '@/lib/db/repositories/leaf-certificates';
import { getCertificationAuthorityOrThrow } from '../certification-authorities/get-certification-authority-or-throw';

export async function listLeafCertificatesOfCa(db: Database, tenantId: string, caId: string, query: Omit<LeafCertificateQuery, 'tenantId' | 'caId'>) {
  const ca = await getCertificationAuthorityOrThrow(db, tenantId, caId);
  return { ca, ...(await listLeafCertificates(db, { ...query, tenantId, caId })) };
}
