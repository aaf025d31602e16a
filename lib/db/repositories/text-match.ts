// Case-insensitive text conditions for list queries (OData $search and $filter=contains/startswith), shared by
// the directory repositories.
import { and, ilike, or, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

export interface TextMatch<Field extends string> {
  /** Undefined: any of the resource's searchable fields. */
  field?: Field;
  mode: 'contains' | 'startsWith';
  text: string;
}

// LIKE treats % _ and \ specially; a search for "a_b" means those three characters.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/** All matches must hold (AND); a match without a field holds when any searchable column matches (OR). */
export function textMatchesWhere<Field extends string>(
  matches: readonly TextMatch<Field>[] | undefined,
  columns: Record<Field, PgColumn>,
  searchable: readonly Field[],
): SQL | undefined {
  if (!matches?.length) return undefined;
  return and(
    ...matches.map((match) => {
      const pattern = match.mode === 'contains' ? `%${escapeLike(match.text)}%` : `${escapeLike(match.text)}%`;
      const fields = match.field ? [match.field] : searchable;
      return or(...fields.map((field) => ilike(columns[field], pattern)));
    }),
  );
}
