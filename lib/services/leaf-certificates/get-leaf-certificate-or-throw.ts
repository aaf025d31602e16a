import 'server-only';
import type { Database } from '@/lib/db/database';
import type { CertificationAuthorityRow } from '@/lib/db/repositories/certification-authorities';
import { getLeafCertificate, getLeafCertificateBySerialNumber, type LeafCertificateRow } from '@/lib/db/repositories/leaf-certificates';
import { GraphError } from '@/lib/graph/graph-error';

/**
 * A certificate issued by this CA, by id or by serial number; 404 otherwise. It takes the CA row, which only a
 * scoped read gives (getCertificationAuthorityOrThrow): the leaves of a CA out of the caller's scope stay hidden.
 */
export async function getLeafCertificateOrThrow(
  db: Database,
  ca: CertificationAuthorityRow,
  by: { id: string } | { serialNumber: string },
): Promise<LeafCertificateRow> {
  const leaf = 'id' in by ? await getLeafCertificate(db, ca.tenantId, by.id) : await getLeafCertificateBySerialNumber(db, ca.tenantId, ca.id, by.serialNumber);
  if (!leaf || leaf.caId !== ca.id) {
    const key = 'id' in by ? `id '${by.id}'` : `serial number ${by.serialNumber}`;
    throw new GraphError('ResourceNotFound', `This CA issued no certificate with ${key}.`);
  }
  return leaf;
}
