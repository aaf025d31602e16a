// Leaf certificates issued over SCEP. Lists, search and CRLs read the indexed columns only, never the DER.
// `status` in every row returned here is the effective one at `now`: an active certificate past its notAfter
// reads 'expired' without a job having to rewrite it.
import { and, asc, count, desc, eq, getTableColumns, gt, gte, ilike, inArray, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../database';
import { isUniqueViolation } from '../postgres-error';
import { type LeafCertificateStatus, leafCertificates } from '../schema';

export type { LeafCertificateStatus } from '../schema';
export type LeafCertificateRow = typeof leafCertificates.$inferSelect;
/** A row without the DER: what lists return (Graph's leaf resource carries no certificate bytes). */
export type LeafCertificateListItem = Omit<LeafCertificateRow, 'certificateDer'>;
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

function effectiveStatus(now: Date): SQL<LeafCertificateStatus> {
  const { status: stored, validityEndDateTime: notAfter } = leafCertificates;
  return sql<LeafCertificateStatus>`(CASE WHEN ${stored} = 'active' AND ${lte(notAfter, now)} THEN 'expired' ELSE ${stored} END)`;
}

function statusIs(status: LeafCertificateStatus, now: Date): SQL | undefined {
  const { status: stored, validityEndDateTime: notAfter } = leafCertificates;
  if (status === 'revoked') return eq(stored, 'revoked');
  if (status === 'active') return and(eq(stored, 'active'), gt(notAfter, now));
  return or(eq(stored, 'expired'), and(eq(stored, 'active'), lte(notAfter, now)));
}

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

export const LEAF_CERTIFICATE_ORDER_FIELDS = [
  'subjectName',
  'serialNumber',
  'thumbprint',
  'status',
  'validityStartDateTime',
  'validityEndDateTime',
  'revocationDateTime',
  'createdDateTime',
  'deviceName',
  'devicePlatform',
  'userPrincipalName',
] as const;
export type LeafCertificateOrderField = (typeof LEAF_CERTIFICATE_ORDER_FIELDS)[number];

/** One bound on notAfter, as OData's comparison operators name it. */
export interface LeafValidityEndBound {
  operator: 'lt' | 'le' | 'gt' | 'ge';
  value: Date;
}

const COMPARE = { lt, le: lte, gt, ge: gte } as const;

export interface LeafCertificateQuery {
  tenantId: string;
  caId?: string;
  /** Effective status (see the file comment); several mean any of them. */
  status?: LeafCertificateStatus | LeafCertificateStatus[];
  /** Case-insensitive substring of subject, SAN summary, serial, thumbprint, device name or UPN. */
  search?: string;
  deviceId?: string;
  userId?: string;
  profileId?: string;
  /** Any of these platforms (the device's, as recorded at issuance). */
  devicePlatform?: string[];
  /** All of these bounds on validityEndDateTime hold. */
  validityEnd?: LeafValidityEndBound[];
  /** Default: newest first. Ties break by id, so paging is stable. */
  orderBy?: { field: LeafCertificateOrderField; direction?: 'asc' | 'desc' }[];
  top?: number;
  skip?: number;
  now?: Date;
}

// LIKE treats % _ and \ specially; a search for "a_b" means those three characters.
const likeContains = (text: string) => `%${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;

/** One page plus the total matching the filter ($count), for OData $top/$skip/$filter/$orderby/$search. */
export async function listLeafCertificates(
  db: Database,
  query: LeafCertificateQuery,
): Promise<{ items: LeafCertificateListItem[]; totalCount: number }> {
  const now = query.now ?? new Date();
  const statuses = query.status === undefined ? [] : [query.status].flat();
  const search = query.search?.trim();
  const t = leafCertificates;
  const where = and(
    eq(t.tenantId, query.tenantId),
    query.caId ? eq(t.caId, query.caId) : undefined,
    query.deviceId ? eq(t.deviceId, query.deviceId) : undefined,
    query.userId ? eq(t.userId, query.userId) : undefined,
    query.profileId ? eq(t.profileId, query.profileId) : undefined,
    query.devicePlatform?.length ? inArray(t.devicePlatform, query.devicePlatform) : undefined,
    ...(query.validityEnd ?? []).map(({ operator, value }) => COMPARE[operator](t.validityEndDateTime, value)),
    statuses.length ? or(...statuses.map((status) => statusIs(status, now))) : undefined,
    search
      ? or(
          ...[t.subjectName, t.sanSummary, t.serialNumber, t.thumbprint, t.deviceName, t.userPrincipalName].map((column) =>
            ilike(column, likeContains(search)),
          ),
        )
      : undefined,
  );

  const status = effectiveStatus(now);
  const orderColumn = (field: LeafCertificateOrderField) => (field === 'status' ? status : t[field]);
  const orderBy = [
    ...(query.orderBy ?? [{ field: 'createdDateTime' as const, direction: 'desc' as const }]).map(({ field, direction }) =>
      direction === 'desc' ? desc(orderColumn(field)) : asc(orderColumn(field)),
    ),
    asc(t.id),
  ];

  const [items, [total]] = await Promise.all([
    db
      .select({ ...listColumns, status })
      .from(t)
      .where(where)
      .orderBy(...orderBy)
      .limit(Math.max(0, query.top ?? 100))
      .offset(Math.max(0, query.skip ?? 0)),
    db.select({ value: count() }).from(t).where(where),
  ]);
  return { items, totalCount: total?.value ?? 0 };
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
export async function listRevokedLeafCertificates(db: Database, caId: string): Promise<RevokedEntry[]> {
  const rows = await db
    .select({
      serialNumber: leafCertificates.serialNumber,
      revocationDateTime: leafCertificates.revocationDateTime,
      revocationReason: leafCertificates.revocationReason,
    })
    .from(leafCertificates)
    .where(and(eq(leafCertificates.caId, caId), eq(leafCertificates.status, 'revoked')))
    .orderBy(asc(leafCertificates.revocationDateTime), asc(leafCertificates.serialNumber));
  // revoked rows always carry a revocation time (revokeLeafCertificate sets both)
  return rows.map((row) => ({ ...row, revocationDateTime: row.revocationDateTime ?? new Date(0) }));
}

export interface LeafCertificateCounts {
  active: number;
  revoked: number;
  expired: number;
  total: number;
}

/** The monitoring tiles of an issuing CA (spec §3.5). */
export async function countLeafCertificatesByStatus(
  db: Database,
  tenantId: string,
  caId: string,
  now: Date = new Date(),
): Promise<LeafCertificateCounts> {
  const status = effectiveStatus(now);
  const rows = await db
    .select({ status, value: count() })
    .from(leafCertificates)
    .where(and(eq(leafCertificates.tenantId, tenantId), eq(leafCertificates.caId, caId)))
    .groupBy(sql`1`); // by position: the CASE's parameters would not match a repeated expression
  const counts = { active: 0, revoked: 0, expired: 0, total: 0 };
  for (const row of rows) {
    counts[row.status] += row.value;
    counts.total += row.value;
  }
  return counts;
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
