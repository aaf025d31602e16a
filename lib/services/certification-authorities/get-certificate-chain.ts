// A CA's certificate followed by its issuers' up to the root: what the `.p7b` download and GetCACert carry.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, getCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';

export async function getCertificateChain(db: Database, tenantId: string, id: string): Promise<Uint8Array<ArrayBuffer>[]> {
  const chain: Uint8Array<ArrayBuffer>[] = [];
  let ca: CertificationAuthorityRow | undefined = await getCertificationAuthorityOrThrow(db, tenantId, id);
  // Two tiers today (root → issuing); the loop is bounded so a corrupt issuer cycle cannot spin forever.
  for (let depth = 0; ca && depth < 8; depth++) {
    if (ca.certificateDer) chain.push(ca.certificateDer);
    ca = ca.issuerId ? await getCertificationAuthority(db, tenantId, ca.issuerId) : undefined;
  }
  return chain;
}
