// Builds and stores a CA's next CRL (valid 7 days, republished every 3.5 days and on every
// revocation). An issuing CA's CRL lists its revoked leaves; a root's lists its revoked issuing CAs.
// No 'server-only': the CRL republish job runs in server.ts under tsx, where that package throws.
import type { Database } from '@/lib/db/database';
import {
  type CertificationAuthorityRow,
  getCertificationAuthorityById,
  listChildCertificationAuthorities,
  storeCertificationAuthorityCrl,
} from '@/lib/db/repositories/certification-authorities';
import { listRevokedLeafCertificates, REVOKED_PAGE_SIZE } from '@/lib/db/repositories/leaf-certificates';
import { CoalescedRuns } from '@/lib/async/coalesced-runs';
import { buildCrl, type CrlEntry, type RevocationReason } from '@/lib/pki/build-crl';
import { getKeyStore } from '../key-store';
import { caIssuer } from '../certification-authorities/ca-issuer';

const DAY_MS = 24 * 60 * 60 * 1000;
export const CRL_VALIDITY_MS = 7 * DAY_MS;
export const CRL_REPUBLISH_MS = 3.5 * DAY_MS;

async function revokedEntries(db: Database, ca: CertificationAuthorityRow): Promise<CrlEntry[]> {
  if (ca.caType === 'rootCertificationAuthority') {
    const children = await listChildCertificationAuthorities(db, ca.tenantId, ca.id);
    return children
      .flatMap((child) =>
        child.status === 'revoked' && child.revocationDateTime && child.serialNumber
          // RFC 5280 §5.3.1: the CA stops operating by the administrator's decision, not a key compromise.
          ? [{ serialNumber: child.serialNumber, revocationDate: child.revocationDateTime, reason: 'cessationOfOperation' as const }]
          : [],
      );
  }
  // Page by page: one read of 100,000 rows would hold the embedded database (and PGlite's thread) for its whole length.
  const entries: CrlEntry[] = [];
  for (let page = await listRevokedLeafCertificates(db, ca.id); page.length > 0; ) {
    for (const leaf of page) {
      entries.push({
        serialNumber: leaf.serialNumber,
        revocationDate: leaf.revocationDateTime,
        ...(leaf.revocationReason ? { reason: leaf.revocationReason as RevocationReason } : {}),
      });
    }
    page = page.length < REVOKED_PAGE_SIZE ? [] : await listRevokedLeafCertificates(db, ca.id, page.at(-1)?.serialNumber);
  }
  return entries;
}

// One rebuild per CA at a time in this process; other instances are kept apart by storeCertificationAuthorityCrl.
const publications = new CoalescedRuns<string, CertificationAuthorityRow>();

/**
 * Publishes the CA's next CRL. A request while one is being built gets the rebuild queued behind it, which starts
 * after the caller's revocation was committed and so lists it; every request before that rebuild starts shares it.
 */
export function publishCrl(db: Database, caId: string, now = new Date()): Promise<CertificationAuthorityRow> {
  return publications.run(caId, () => buildAndStoreCrl(db, caId, now));
}

/** The CRL publication of the CA already on its way, if any: what a CDP fetch of a due CRL waits for. */
export function crlBeingPublished(caId: string): Promise<CertificationAuthorityRow> | undefined {
  return publications.pending(caId);
}

/** Stores CRL number n+1; if another instance published first, rebuilds from its state so no revocation is lost. */
async function buildAndStoreCrl(db: Database, caId: string, now: Date): Promise<CertificationAuthorityRow> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const ca = await getCertificationAuthorityById(db, caId);
    if (!ca) throw new Error(`No CA ${caId}`);
    const crlNumber = ca.crlNumber + 1;
    const nextUpdate = new Date(now.getTime() + CRL_VALIDITY_MS);
    const crlDer = await buildCrl({
      issuer: await caIssuer(getKeyStore(), ca),
      thisUpdate: now,
      nextUpdate,
      crlNumber: BigInt(crlNumber),
      entries: await revokedEntries(db, ca),
    });
    if (await storeCertificationAuthorityCrl(db, ca.id, { crlNumber, crlDer, thisUpdate: now, nextUpdate })) {
      return { ...ca, crlNumber, crlThisUpdate: now, crlNextUpdate: nextUpdate };
    }
  }
  throw new Error(`Could not publish a CRL for CA ${caId}: other instances kept publishing first`);
}

/** crlThisUpdate is set with every stored CRL (and cleared by markCrlDue), so it alone says whether one is current. */
export function isCrlDue(ca: Pick<CertificationAuthorityRow, 'crlThisUpdate'>, now: Date): boolean {
  return !ca.crlThisUpdate || now.getTime() - ca.crlThisUpdate.getTime() >= CRL_REPUBLISH_MS;
}
