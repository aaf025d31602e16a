// The CRL relying parties fetch from the CDP: the stored one while it is fresh, otherwise a new one, so a CRL
// is never served past its nextUpdate even if the scheduled republish did not run.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { type CertificationAuthorityRow, getCertificationAuthorityById } from '@/lib/db/repositories/certification-authorities';
import { isCrlDue, publishCrl } from './publish-crl';

/** The CA with a fresh CRL: its number and validity are also what OCSP answers agree with (RFC 6960 §4.2.2.1). */
export async function getCaWithCurrentCrl(db: Database, caId: string, now = new Date()): Promise<CertificationAuthorityRow | undefined> {
  const ca = await getCertificationAuthorityById(db, caId);
  if (!ca?.certificateDer) return undefined;
  if (!isCrlDue(ca, now) && ca.crlDer) return ca;
  return publishCrl(db, caId, now);
}

export async function getCurrentCrl(db: Database, caId: string, now = new Date()): Promise<Uint8Array | undefined> {
  return (await getCaWithCurrentCrl(db, caId, now))?.crlDer ?? undefined;
}
