// The leaf list ("View all certificates"): filters, order and keyset pages over every row of a CA, each an index
// range scan at a million certificates (drizzle/0008_leaf_certificate_list.sql). `status` in every row is the
// effective one at `now` (leaf-certificate-status.ts). Counting is leaf-certificate-counts.ts.
import { and, eq, getTableColumns, gt, gte, inArray, like, lt, lte, or, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../database';
import { type LeafCertificateStatus, leafCertificates } from '../schema';
import { isAfterPosition, type KeysetOrder, type KeysetPosition, keysetOrderBy } from './keyset';
import { effectiveStatus, statusIs } from './leaf-certificate-status';

type LeafCertificateRow = typeof leafCertificates.$inferSelect;
/** A row without the DER: what lists return (Graph's leaf resource carries no certificate bytes). */
export type LeafCertificateListItem = Omit<LeafCertificateRow, 'certificateDer'>;

const TEXT_ORDER_FIELDS = ['subjectName', 'serialNumber', 'thumbprint', 'status', 'deviceName', 'devicePlatform', 'userPrincipalName'] as const;
const DATE_ORDER_FIELDS = ['validityStartDateTime', 'validityEndDateTime', 'revocationDateTime', 'createdDateTime'] as const;
export const LEAF_CERTIFICATE_ORDER_FIELDS = [...TEXT_ORDER_FIELDS, ...DATE_ORDER_FIELDS] as const;
export type LeafCertificateOrderField = (typeof LEAF_CERTIFICATE_ORDER_FIELDS)[number];
export type LeafCertificateOrder = { field: LeafCertificateOrderField; direction?: 'asc' | 'desc' }[];

/** Newest first: the certificate blade's default, served by leaf_certificates_ca_validity_start_idx. */
const DEFAULT_ORDER: LeafCertificateOrder = [{ field: 'validityStartDateTime', direction: 'desc' }];

/** Fields a prefix filter may name ($filter=startswith(…)); matched case-insensitively, serials as upper-case hex. */
export type LeafCertificatePrefixField = 'subjectName' | 'deviceName' | 'userPrincipalName' | 'serialNumber' | 'thumbprint';

/** One bound on notAfter, as OData's comparison operators name it. */
export interface LeafValidityEndBound {
  operator: 'lt' | 'le' | 'gt' | 'ge';
  value: Date;
}

const COMPARE = { lt, le: lte, gt, ge: gte } as const;

export interface LeafCertificateFilter {
  tenantId: string;
  caId?: string;
  /** Effective status (see the file comment); several mean any of them. */
  status?: LeafCertificateStatus | LeafCertificateStatus[];
  /**
   * Free text, a prefix of any of: the subject (with or without its "CN="), device name or UPN (case-insensitive),
   * the serial number or thumbprint (hex, any case), or equal to the device id.
   */
  search?: string;
  /** All must hold. */
  prefixes?: { field: LeafCertificatePrefixField; text: string }[];
  serialNumber?: string;
  deviceId?: string;
  userId?: string;
  profileId?: string;
  /** Any of these platforms (the device's, as recorded at issuance). */
  devicePlatform?: string[];
  /** All of these bounds on validityEndDateTime hold. */
  validityEnd?: LeafValidityEndBound[];
  now?: Date;
}

export interface LeafCertificateQuery extends LeafCertificateFilter {
  /** Default: newest first. Ties break by id, so paging is stable. */
  orderBy?: LeafCertificateOrder;
  top?: number;
  /** OFFSET paging: reads every skipped row, so callers keep it small and page deep with `after`. */
  skip?: number;
  /** Keyset paging: the rows after this position (a page's `nextPosition`) in the same order. */
  after?: KeysetPosition;
}

export interface LeafCertificatePage {
  items: LeafCertificateListItem[];
  /** Where the next page starts; absent on the last page. */
  nextPosition?: KeysetPosition;
}

const t = leafCertificates;
const { certificateDer: _der, ...listColumns } = getTableColumns(t);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]+$/i;

// LIKE treats % _ and \ specially; a prefix "a_b" means those three characters.
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
const lowerStartsWith = (column: PgColumn, text: string) => like(sql`lower(${column})`, likePrefix(text.toLowerCase()));

function prefixCondition(field: LeafCertificatePrefixField, text: string): SQL | undefined {
  if (field === 'serialNumber' || field === 'thumbprint') {
    const hex = text.replace(/[\s:]/g, '');
    return HEX.test(hex) ? like(t[field], likePrefix(hex.toUpperCase())) : sql`false`;
  }
  if (field === 'subjectName') return or(lowerStartsWith(t.subjectName, text), lowerStartsWith(t.subjectName, `CN=${text}`));
  return lowerStartsWith(t[field], text);
}

function searchCondition(text: string): SQL | undefined {
  const hex = text.replace(/[\s:]/g, '');
  return or(
    prefixCondition('subjectName', text),
    prefixCondition('deviceName', text),
    prefixCondition('userPrincipalName', text),
    ...(HEX.test(hex) ? [prefixCondition('serialNumber', hex), prefixCondition('thumbprint', hex)] : []),
    ...(UUID.test(text) ? [eq(t.deviceId, text.toLowerCase())] : []),
  );
}

/** The filter's conditions other than status: what decides whether a count can come from the counters. */
export function leafFilterConditions(filter: LeafCertificateFilter): SQL[] {
  const search = filter.search?.trim();
  return [
    filter.deviceId ? eq(t.deviceId, filter.deviceId) : undefined,
    filter.userId ? eq(t.userId, filter.userId) : undefined,
    filter.profileId ? eq(t.profileId, filter.profileId) : undefined,
    filter.serialNumber ? eq(t.serialNumber, filter.serialNumber.toUpperCase()) : undefined,
    filter.devicePlatform?.length ? inArray(t.devicePlatform, filter.devicePlatform) : undefined,
    ...(filter.validityEnd ?? []).map(({ operator, value }) => COMPARE[operator](t.validityEndDateTime, value)),
    search ? searchCondition(search) : undefined,
    ...(filter.prefixes ?? []).map(({ field, text }) => prefixCondition(field, text)),
  ].filter((condition): condition is SQL => condition !== undefined);
}

export function leafStatusCondition(filter: LeafCertificateFilter, now: Date): SQL | undefined {
  const statuses = filter.status === undefined ? [] : [filter.status].flat();
  return statuses.length ? or(...statuses.map((status) => statusIs(status, now))) : undefined;
}

export function leafWhere(filter: LeafCertificateFilter, now: Date): SQL | undefined {
  return and(
    eq(t.tenantId, filter.tenantId),
    filter.caId ? eq(t.caId, filter.caId) : undefined,
    leafStatusCondition(filter, now),
    ...leafFilterConditions(filter),
  );
}

const isDateField = (field: LeafCertificateOrderField) => (DATE_ORDER_FIELDS as readonly string[]).includes(field);

function keysetOrders(orderBy: LeafCertificateOrder, now: Date): KeysetOrder[] {
  return orderBy.map(({ field, direction = 'asc' }) => ({
    key: field === 'status' ? effectiveStatus(now) : t[field],
    direction,
    isNullable: field === 'deviceName' || field === 'devicePlatform' || field === 'userPrincipalName' || field === 'revocationDateTime',
  }));
}

/** A position read back from a client's token: undefined unless it fits the order (right count and types). */
export function readLeafPosition(orderBy: LeafCertificateOrder | undefined, raw: { values: unknown[]; id: unknown }): KeysetPosition | undefined {
  const fields = (orderBy ?? DEFAULT_ORDER).map(({ field }) => field);
  if (typeof raw.id !== 'string' || !UUID.test(raw.id) || raw.values.length !== fields.length) return undefined;
  const values = fields.map((field, index) => {
    const value = raw.values[index];
    if (value === null || typeof value !== 'string') return value === null ? null : undefined;
    if (!isDateField(field)) return value;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  });
  return values.includes(undefined) ? undefined : { values: values as KeysetPosition['values'], id: raw.id };
}

function positionOf(row: LeafCertificateListItem, orderBy: LeafCertificateOrder): KeysetPosition {
  return { values: orderBy.map(({ field }) => row[field] ?? null), id: row.id };
}

/** One page: `top` rows from `after` (or `skip`) in the order, and where the next one starts. */
export async function listLeafCertificates(db: Database, query: LeafCertificateQuery): Promise<LeafCertificatePage> {
  const now = query.now ?? new Date();
  const orderBy = query.orderBy?.length ? query.orderBy : DEFAULT_ORDER;
  const orders = keysetOrders(orderBy, now);
  const top = Math.max(0, query.top ?? 100);
  if (top === 0) return { items: [] };
  const rows = await db
    .select({ ...listColumns, status: effectiveStatus(now) })
    .from(t)
    .where(and(leafWhere(query, now), query.after ? isAfterPosition(orders, t.id, query.after) : undefined))
    .orderBy(...keysetOrderBy(orders, t.id))
    .limit(top + 1) // one more says whether a next page exists, without counting
    .offset(query.after ? 0 : Math.max(0, query.skip ?? 0));
  const items = rows.slice(0, top);
  const last = items.at(-1);
  return rows.length > top && last ? { items, nextPosition: positionOf(last, orderBy) } : { items };
}
