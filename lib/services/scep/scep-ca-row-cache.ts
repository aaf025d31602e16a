// The issuing CA row and its issuers' certificates as the SCEP service reads them on every request, cached per CA
// and revalidated by one small query per request (getCertificationAuthorityVersion): the full row carries
// certificates and the published CRL, and the chain costs a read per tier. A status change, a renewal or an edit of
// the CA or of its root moves the version, so the next request reads the new row: nothing is served from a stale
// entry, and every instance of a scale-out sees the same database.
import 'server-only';
import type { Database } from '@/lib/db/database';
import {
  type CertificationAuthorityRow,
  type CertificationAuthorityVersion,
  getCertificationAuthority,
  getCertificationAuthorityVersion,
} from '@/lib/db/repositories/certification-authorities';
import { getIssuerCertificates } from '../certification-authorities/get-certificate-chain';
import { wholeTenant } from '@/lib/db/repositories/tenant-scope';

export interface ScepCaRow {
  readonly ca: CertificationAuthorityRow;
  /** The issuers' certificates, nearest first up to the root; read once per version. */
  issuers(): Promise<Uint8Array[]>;
}

interface Entry extends ScepCaRow {
  readonly version: string;
}

const entries = new Map<string, Entry>();

const versionKey = (version: CertificationAuthorityVersion) =>
  `${version.status} ${version.lastModifiedDateTime.getTime()} ${version.issuerLastModifiedDateTime?.getTime() ?? '-'}`;

function entryFor(db: Database, ca: CertificationAuthorityRow, version: string): Entry {
  let issuers: Promise<Uint8Array[]> | undefined;
  return {
    ca,
    version,
    issuers: () => {
      issuers ??= getIssuerCertificates(db, ca).catch((error: unknown) => {
        issuers = undefined; // a failed read is retried by the next request
        throw error;
      });
      return issuers;
    },
  };
}

/** The CA of `tenantId` as it is now; undefined when there is none. */
export async function readScepCaRow(db: Database, tenantId: string, id: string): Promise<ScepCaRow | undefined> {
  const version = await getCertificationAuthorityVersion(db, tenantId, id);
  if (!version) {
    entries.delete(id);
    return undefined;
  }
  const key = versionKey(version);
  const cached = entries.get(id);
  if (cached?.version === key && cached.ca.tenantId === tenantId) return cached;
  // Read after the version: an edit in between makes this row newer than its key, and the next request re-reads.
  // SCEP serves every CA of the tenant: devices hold no role, the challenge is their authorization.
  const ca = await getCertificationAuthority(db, wholeTenant(tenantId), id);
  if (!ca) return undefined;
  const entry = entryFor(db, ca, key);
  entries.set(id, entry);
  return entry;
}
