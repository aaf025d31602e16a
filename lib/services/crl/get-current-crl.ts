// The CRL relying parties fetch from the CDP: the stored one while it is fresh, otherwise a new one, so a CRL
// is never served past its nextUpdate even if the scheduled republish did not run. The DER (megabytes at 100,000
// revoked) is read from the database once per CRL number and then served from memory.
import 'server-only';
import type { Database } from '@/lib/db/database';
import {
  type CertificationAuthorityRow,
  getCertificationAuthorityById,
  getCertificationAuthorityCrl,
  type PublishedCrl,
} from '@/lib/db/repositories/certification-authorities';
import { crlBeingPublished, isCrlDue, publishCrl } from './publish-crl';

/** The CA with a fresh CRL: its number and validity are also what OCSP answers agree with (RFC 6960 §4.2.2.1). */
export async function getCaWithCurrentCrl(db: Database, caId: string, now = new Date()): Promise<CertificationAuthorityRow | undefined> {
  const ca = await getCertificationAuthorityById(db, caId);
  if (!ca?.certificateDer) return undefined;
  if (!isCrlDue(ca, now)) return ca;
  // A revocation publishes the CRL it made due: join that rebuild rather than start one per relying party.
  return crlBeingPublished(caId) ?? publishCrl(db, caId, now);
}

// A tenant has at most six CAs; the bound only matters for a portal serving many tenants.
const MAX_CACHED_CRLS = 32;
const cachedCrls = new Map<string, PublishedCrl>();

function remember(caId: string, crl: PublishedCrl): PublishedCrl {
  cachedCrls.delete(caId);
  cachedCrls.set(caId, crl);
  if (cachedCrls.size > MAX_CACHED_CRLS) cachedCrls.delete(cachedCrls.keys().next().value as string);
  return crl;
}

/** The current CRL; its number (from the small CA row) decides whether the cached DER is still the one to serve. */
export async function getCurrentCrl(db: Database, caId: string, now = new Date()): Promise<PublishedCrl | undefined> {
  const ca = await getCaWithCurrentCrl(db, caId, now);
  if (!ca) return undefined;
  const cached = cachedCrls.get(caId);
  if (cached && cached.crlNumber === ca.crlNumber) return cached;
  const stored = await getCertificationAuthorityCrl(db, caId);
  return stored && remember(caId, stored);
}
