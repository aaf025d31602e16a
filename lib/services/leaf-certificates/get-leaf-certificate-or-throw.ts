import 'server-only';
import type { Database } from '@/lib/db/database';
import { getLeafCertificate, getLeafCertificateBySerialNumber, type LeafCertificateRow } from '@/lib/db/repositories/leaf-certificates';
import { GraphError } from '@/lib/graph/graph-error';

/** A certificate issued by this CA, by id or by serial number; 404 otherwise. */
export async function getLeafCertificateOrThrow(
  db: Database,
  tenantId: string,
  caId: string,
  by: { id: string } | { serialNumber: string },
): Promise<LeafCertificateRow> {
  const leaf = 'id' in by ? await getLeafCertificate(db, tenantId, by.id) : await getLeafCertificateBySerialNumber(db, tenantId, caId, by.serialNumber);
  if (!leaf || leaf.caId !== caId) {
    const key = 'id' in by ? `id '${by.id}'` : `serial number ${by.serialNumber}`;
    throw new GraphError('ResourceNotFound', `This CA issued no certificate with ${key}.`);
  }
  return leaf;
}
