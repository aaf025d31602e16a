import 'server-only';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, getCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { GraphError } from '@/lib/graph/graph-error';

export async function getCertificationAuthorityOrThrow(
  db: Database,
  tenantId: string,
  id: string,
): Promise<CertificationAuthorityRow> {
  const ca = await getCertificationAuthority(db, tenantId, id);
  if (!ca) throw new GraphError('ResourceNotFound', `No certification authority with id '${id}' exists in this tenant.`);
  return ca;
}
