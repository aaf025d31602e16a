// A CA's certificate followed by its issuers' up to the root: what the `.p7b` download and GetCACert carry.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, getCertificationAuthority } from '@/lib/db/repositories/certification-authorities';
import { getCertificationAuthorityOrThrow } from './get-certification-authority-or-throw';
import { type TenantScope, wholeTenant } from '@/lib/db/repositories/tenant-scope';

/**
 * The certificates above a CA, nearest first, up to the root: the Cloud PKI root of an Intune-anchored CA, or the
 * chain of trust uploaded with a BYOCA's signed certificate, stored in path order at upload.
 */
export async function getIssuerCertificates(db: Database, ca: CertificationAuthorityRow): Promise<Uint8Array<ArrayBuffer>[]> {
  if (ca.caType === 'issuingCertificationAuthorityWithExternalRoot') {
    return (ca.trustChainCertificates ?? []).map((link) => new Uint8Array(Buffer.from(link.certificate, 'base64')));
  }
  const issuers: Uint8Array<ArrayBuffer>[] = [];
  // The issuers of a CA the caller may read, in or out of their scope: a chain is public (AIA serves it).
  const tenant = wholeTenant(ca.tenantId);
  let issuer = ca.issuerId ? await getCertificationAuthority(db, tenant, ca.issuerId) : undefined;
  // Two tiers today (root → issuing); the loop is bounded so a corrupt issuer cycle cannot spin forever.
  for (let depth = 0; issuer && depth < 8; depth++) {
    if (issuer.certificateDer) issuers.push(issuer.certificateDer);
    issuer = issuer.issuerId ? await getCertificationAuthority(db, tenant, issuer.issuerId) : undefined;
  }
  return issuers;
}

export async function getCertificateChain(db: Database, scope: TenantScope, id: string): Promise<Uint8Array<ArrayBuffer>[]> {
  const ca = await getCertificationAuthorityOrThrow(db, scope, id);
  // A BYOCA awaiting its signed certificate has no chain yet.
  if (!ca.certificateDer) return [];
  return [ca.certificateDer, ...(await getIssuerCertificates(db, ca))];
}
