// The CRL relying parties fetch from the CDP: the stored one while it is fresh, otherwise a new one, so a CRL
// is never served past its nextUpdate even if the scheduled republish did not run.
import 'server-only';
import type { Database } from '@/lib/db/database';
import { getCertificationAuthorityById } from '@/lib/db/repositories/certification-authorities';
import { isCrlDue, publishCrl } from './publish-crl';

export async function getCurrentCrl(db: Database, caId: string, now = new Date()): Promise<Uint8Array | undefined> {
  const ca = await getCertificationAuthorityById(db, caId);
  if (!ca?.certificateDer) return undefined;
  if (!isCrlDue(ca, now) && ca.crlDer) return ca.crlDer;
  return (await publishCrl(db, caId, now)).crlDer ?? undefined;
}
