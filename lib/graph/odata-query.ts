// The OData system query options Graph list endpoints take ($top, $skip, $orderby, $search, $count) and the
// @odata.nextLink that continues a page. Bad options are 400s that name the option, as Graph's are.
import { GraphError } from './graph-error';

export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 999; // Graph's usual upper bound for $top

export interface ListQuery<Field extends string> {
  top: number;
  skip: number;
  orderBy: { field: Field; direction: 'asc' | 'desc' }[];
  search?: string;
  count: boolean;
}

function nonNegativeInteger(params: URLSearchParams, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new GraphError('BadRequest', `Invalid value '${raw}' for ${name}: expected a whole number from 0 to ${max}.`);
  }
  return value;
}

export function parseListQuery<Field extends string>(params: URLSearchParams, orderFields: readonly Field[]): ListQuery<Field> {
  const orderBy = (params.get('$orderby') ?? '')
    .split(',')
    .map((clause) => clause.trim())
    .filter(Boolean)
    .map((clause) => {
      const [field = '', direction = 'asc', ...rest] = clause.split(/\s+/);
      if (!orderFields.includes(field as Field) || rest.length > 0 || !['asc', 'desc'].includes(direction.toLowerCase())) {
        throw new GraphError('BadRequest', `Invalid $orderby clause '${clause}': order by one of ${orderFields.join(', ')} with asc or desc.`);
      }
      return { field: field as Field, direction: direction.toLowerCase() as 'asc' | 'desc' };
    });
  // Graph wraps $search terms in double quotes ($search="contoso"); bare terms are accepted too.
  const search = params.get('$search')?.trim().replace(/^"(.*)"$/, '$1').trim();
  const count = params.get('$count');
  if (count !== null && count !== 'true' && count !== 'false') throw new GraphError('BadRequest', `Invalid value '${count}' for $count: expected true or false.`);
  return {
    top: nonNegativeInteger(params, '$top', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
    skip: nonNegativeInteger(params, '$skip', 0),
    orderBy,
    ...(search ? { search } : {}),
    count: count === 'true',
  };
}

/** The collection response: `value`, `@odata.count` when asked, and `@odata.nextLink` while rows remain. */
export function pagedCollection<T>(requestUrl: string, query: ListQuery<string>, items: T[], totalCount: number) {
  const next = new URL(requestUrl);
  next.searchParams.set('$skip', String(query.skip + items.length));
  const hasMore = query.skip + items.length < totalCount && items.length > 0;
  return {
    ...(query.count ? { '@odata.count': totalCount } : {}),
    value: items,
    ...(hasMore ? { '@odata.nextLink': next.toString() } : {}),
  };
}
