// Keyset paging ("seek"): the next page is the rows after the last one shown in the list's order, found through the
// order's index however deep the page is — unlike OFFSET, which reads and discards every row before it.
import { and, asc, desc, eq, gt, gte, isNotNull, isNull, lt, lte, or, SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export type KeysetValue = string | Date | null;

export interface KeysetOrder {
  /** A column, or an expression (compared as text). */
  key: PgColumn | SQL;
  direction: 'asc' | 'desc';
  isNullable: boolean;
}

/** Where the previous page ended: its last row's order values and id. */
export interface KeysetPosition {
  values: KeysetValue[];
  id: string;
}

const isColumn = (key: PgColumn | SQL): key is PgColumn => !(key instanceof SQL);

function equals(order: KeysetOrder, value: KeysetValue): SQL {
  if (value === null) return isNull(order.key);
  return isColumn(order.key) ? eq(order.key, value) : sql`${order.key} = ${value}`;
}

// PostgreSQL sorts NULL after every value ascending and before every value descending (its default NULLS LAST/FIRST).
function isBeyond(order: KeysetOrder, value: KeysetValue): SQL | undefined {
  const { key, direction, isNullable } = order;
  if (value === null) return direction === 'asc' ? undefined : isNotNull(key);
  const beyond = isColumn(key)
    ? (direction === 'asc' ? gt : lt)(key, value)
    : sql`${key} ${sql.raw(direction === 'asc' ? '>' : '<')} ${value}`;
  return isNullable && direction === 'asc' ? or(beyond, isNull(key)) : beyond;
}

function leadingBound(first: KeysetOrder | undefined, value: KeysetValue): SQL | undefined {
  if (!first || first.isNullable || value === null) return undefined;
  const { key, direction } = first;
  if (isColumn(key)) return (direction === 'asc' ? gte : lte)(key, value);
  return sql`${key} ${sql.raw(direction === 'asc' ? '>=' : '<=')} ${value}`;
}

/** ORDER BY the orders, then id in the first order's direction: the index's own order, scanned either way. */
export function keysetOrderBy(orders: readonly KeysetOrder[], id: PgColumn): SQL[] {
  const idDirection = orders[0]?.direction ?? 'asc';
  return [...orders.map(({ key, direction }) => (direction === 'asc' ? asc(key) : desc(key))), idDirection === 'asc' ? asc(id) : desc(id)];
}

/**
 * Rows strictly after `position` in keysetOrderBy's order: (a > v1) or (a = v1 and b > v2) or … or (… and id > last).
 * A leading bound on the first order (a >= v1) lets the planner start the index scan at the position.
 */
export function isAfterPosition(orders: readonly KeysetOrder[], id: PgColumn, position: KeysetPosition): SQL | undefined {
  const idOrder: KeysetOrder = { key: id, direction: orders[0]?.direction ?? 'asc', isNullable: false };
  const all = [...orders, idOrder];
  const values = [...position.values, position.id];
  const alternatives = all.flatMap((order, index) => {
    const beyond = isBeyond(order, values[index] ?? null);
    return beyond ? [and(...all.slice(0, index).map((earlier, j) => equals(earlier, values[j] ?? null)), beyond)] : [];
  });
  return and(leadingBound(orders[0], values[0] ?? null), or(...alternatives));
}
