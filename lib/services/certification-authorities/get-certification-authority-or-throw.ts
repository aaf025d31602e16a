import 'server-only';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, getCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import type { TenantScope } from '@/lib/db/repositories/tenant-scope';
import { GraphError } from '@/lib/graph/graph-error';

/** A CA out of the caller's scope is a 404 like a missing one: Intune hides what a scope tag does not reach. */
export async function getCertificationAuthorityOrThrow(
  db: Database,
  scope: TenantScope,
  id: string,
): Promise<CertificationAuthorityRow> {
  const ca = await getCertificationAuthority(db, scope, id);
  if (!ca) throw new GraphError('ResourceNotFound', `No certification authority with id '${id}' exists in this tenant.`);
  return ca;
}
