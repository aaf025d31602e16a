// Leaf certificates issued over SCEP: one certificate at a time, revocation, CRL and OCSP reads. Lists, search and
// CRLs read the indexed columns only, never the DER; the list is leaf-certificate-list.ts, counts
// leaf-certificate-counts.ts. `status` in every row returned here is the effective one at `now`
// (leaf-certificate-status.ts).
import { and, asc, eq, getTableColumns, gt, inArray } from 'drizzle-orm';
import type { Database } from '../database';
import { isUniqueViolation } from '../postgres-error';
import { type LeafCertificateStatus, leafCertificates } from '../schema';
import type { LeafCertificateListItem } from './leaf-certificate-list';
import { effectiveStatus } from './leaf-certificate-status';

export type { LeafCertificateStatus } from '../schema';
export type LeafCertificateRow = typeof leafCertificates.$inferSelect;
export type { LeafCertificateListItem } from './leaf-certificate-list';
export type NewLeafCertificate = Omit<
  typeof leafCertificates.$inferInsert,
  'createdDateTime' | 'lastModifiedDateTime' | 'status' | 'revocationDateTime' | 'revocationReason'
>;

export class DuplicateSerialNumberError extends Error {
  constructor(readonly serialNumber: string) {
    super(`Serial number ${serialNumber} is already used by this CA.`);
    this.name = 'DuplicateSerialNumberError';
  }
}

const { certificateDer: _der, ...listColumns } = getTableColumns(leafCertificates);

/** Serial numbers and thumbprints are kept as upper-case hex, as on the Graph wire, so equal values compare equal. */
export const toUpperHex = (hex: string) => hex.toUpperCase();

/** Throws DuplicateSerialNumberError when the CA already issued this serial: draw a new one and retry. */
export async function insertLeafCertificate(db: Database, values: NewLeafCertificate): Promise<LeafCertificateRow> {
  try {
    // Nested transaction (a savepoint inside the caller's): a duplicate serial must not abort the caller's
    // transaction, since the caller retries with a new serial.
    const [row] = await db.transaction((tx) =>
      tx
        .insert(leafCertificates)
        .values({ ...values, serialNumber: toUpperHex(values.serialNumber), thumbprint: toUpperHex(values.thumbprint) })
        .returning(),
    );
    if (!row) throw new Error('INSERT … RETURNING returned no row');
    return row;
  } catch (error) {
    if (isUniqueViolation(error, 'leaf_certificates_ca_serial_unique')) {
      throw new DuplicateSerialNumberError(toUpperHex(values.serialNumber));
    }
    throw error;
  }
}

/** The full row including the DER (download, details). */
export async function getLeafCertificate(
  db: Database,
  tenantId: string,
  id: string,
  now: Date = new Date(),
): Promise<LeafCertificateRow | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(leafCertificates), status: effectiveStatus(now) })
    .from(leafCertificates)
    .where(and(eq(leafCertificates.tenantId, tenantId), eq(leafCertificates.id, id)));
  return row;
}

export async function getLeafCertificateBySerialNumber(
  db: Database,
  tenantId: string,
  caId: string,
  serialNumber: string,
  now: Date = new Date(),
): Promise<LeafCertificateRow | undefined> {
  const [row] = await db
    .select({ ...getTableColumns(leafCertificates), status: effectiveStatus(now) })
    .from(leafCertificates)
    .where(
      and(
        eq(leafCertificates.tenantId, tenantId),
        eq(leafCertificates.caId, caId),
        eq(leafCertificates.serialNumber, toUpperHex(serialNumber)),
      ),
    );
  return row;
}

/** Marks a certificate revoked; undefined when it is not in the CA or already revoked (revocation is final). */
export async function revokeLeafCertificate(
  db: Database,
  revocation: { tenantId: string; caId: string; id: string; revocationDateTime: Date; revocationReason?: string },
): Promise<LeafCertificateListItem | undefined> {
  const [row] = await db
    .update(leafCertificates)
    .set({
      status: 'revoked',
      revocationDateTime: revocation.revocationDateTime,
      revocationReason: revocation.revocationReason ?? null,
    })
    .where(
      and(
        eq(leafCertificates.tenantId, revocation.tenantId),
        eq(leafCertificates.caId, revocation.caId),
        eq(leafCertificates.id, revocation.id),
        inArray(leafCertificates.status, ['active', 'expired']),
      ),
    )
    .returning(listColumns);
  return row;
}

export interface RevokedEntry {
  serialNumber: string;
  revocationDateTime: Date;
  revocationReason: string | null;
}

/** The CRL entries of a CA (RFC 5280 §5.1.2.6), oldest revocation first. */
/** Rows per page of listRevokedLeafCertificates. */
export const REVOKED_PAGE_SIZE = 5_000;

/** A CA's revoked certificates in serial order, REVOKED_PAGE_SIZE at a time after `afterSerialNumber` (keyset paging). */
export async function listRevokedLeafCertificates(db: Database, caId: string, afterSerialNumber?: string): Promise<RevokedEntry[]> {
  const rows = await db
    .select({
      serialNumber: leafCertificates.serialNumber,
      revocationDateTime: leafCertificates.revocationDateTime,
      revocationReason: leafCertificates.revocationReason,
    })
    .from(leafCertificates)
    .where(
      and(
        eq(leafCertificates.caId, caId),
        eq(leafCertificates.status, 'revoked'),
        afterSerialNumber === undefined ? undefined : gt(leafCertificates.serialNumber, afterSerialNumber),
      ),
    )
    .orderBy(asc(leafCertificates.serialNumber))
    .limit(REVOKED_PAGE_SIZE);
  // revoked rows always carry a revocation time (revokeLeafCertificate sets both)
  return rows.map((row) => ({ ...row, revocationDateTime: row.revocationDateTime ?? new Date(0) }));
}

export interface LeafRevocationState {
  serialNumber: string;
  status: LeafCertificateStatus;
  revocationDateTime: Date | null;
  revocationReason: string | null;
}

/** The revocation state of the given serials of one CA (OCSP, RFC 6960): only the columns an answer needs. */
export async function findLeafRevocationStates(db: Database, caId: string, serialNumbers: readonly string[]): Promise<LeafRevocationState[]> {
  if (serialNumbers.length === 0) return [];
  return db
    .select({
      serialNumber: leafCertificates.serialNumber,
      status: leafCertificates.status,
      revocationDateTime: leafCertificates.revocationDateTime,
      revocationReason: leafCertificates.revocationReason,
    })
    .from(leafCertificates)
    .where(and(eq(leafCertificates.caId, caId), inArray(leafCertificates.serialNumber, serialNumbers.map(toUpperHex))));
}
