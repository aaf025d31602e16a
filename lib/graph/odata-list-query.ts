// OData query options of Graph collections ($top, $skip, $count, $search, $filter, $orderby, $expand). Deliberately
// small: the forms Graph SDKs and the portal send. The paged body they produce is built in graph-response.ts.
import type { TextMatch } from '@/lib/db/repositories/text-match';
import { GraphError } from './graph-error';

export interface ODataListQuery<Field extends string, OrderField extends string = never> {
  top: number;
  skip: number;
  isCountRequested: boolean;
  /** $search and $filter as text matches, all of which must hold. */
  matches: TextMatch<Field>[];
  orderBy: { field: OrderField; direction: 'asc' | 'desc' }[];
  /** Navigation properties named in $expand. */
  expand: Set<string>;
}

interface ODataListOptions<Field extends string, OrderField extends string> {
  /** Graph property names $search "property:text" and $filter may name. */
  textFields: readonly Field[];
  /** Graph property names $orderby may name. */
  orderFields?: readonly OrderField[];
  /** False when the collection reads $filter itself (a filter that is not a text match). */
  isTextFilter?: boolean;
  /** Navigation properties $expand may name. */
  expandable?: readonly string[];
}

// Graph pages directory collections by 100 and accepts $top up to 999.
const DEFAULT_TOP = 100;
const MAX_TOP = 999;

function parseCount(value: string | null, name: string, max: number): number | undefined {
  if (value === null) return undefined;
  if (!/^\d+$/.test(value) || Number(value) > max) {
    throw new GraphError('BadRequest', `Invalid value '${value}' for query option ${name}: expected an integer from 0 to ${max}.`);
  }
  return Number(value);
}

function isField<Field extends string>(fields: readonly Field[], name: string): name is Field {
  return (fields as readonly string[]).includes(name);
}

/** $search="displayName:text" (Graph) or $search="text" / $search=text: a case-insensitive substring match. */
function parseSearch<Field extends string>(value: string, fields: readonly Field[]): TextMatch<Field> | undefined {
  const text = value.trim().replace(/^"(.*)"$/s, '$1');
  const property = /^(\w+):(.*)$/s.exec(text);
  if (property) {
    const [, name = '', term = ''] = property;
    if (!isField(fields, name)) throw new GraphError('BadRequest', `$search on '${name}' is not supported; use one of ${fields.join(', ')}.`);
    return term ? { field: name, mode: 'contains', text: term } : undefined;
  }
  return text ? { mode: 'contains', text } : undefined;
}

const FILTER = /^\s*(contains|startswith)\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$/i;

/** $filter=contains(property,'text') or startswith(property,'text'); '' inside the literal is a quote (OData ABNF). */
function parseFilter<Field extends string>(value: string, fields: readonly Field[]): TextMatch<Field> {
  const [, operator = '', name = '', literal = ''] = FILTER.exec(value) ?? [];
  if (!operator || !isField(fields, name)) {
    throw new GraphError(
      'BadRequest',
      `Unsupported $filter '${value}': use contains(property,'text') or startswith(property,'text') on ${fields.join(', ')}.`,
    );
  }
  return { field: name, mode: operator.toLowerCase() === 'contains' ? 'contains' : 'startsWith', text: literal.replaceAll("''", "'") };
}

/** $orderby=validityEndDateTime desc,subjectName: one or more properties, each asc (default) or desc. */
function parseOrderBy<OrderField extends string>(value: string | null, fields: readonly OrderField[]) {
  return (value ?? '')
    .split(',')
    .map((clause) => clause.trim())
    .filter(Boolean)
    .map((clause) => {
      const [name = '', direction = 'asc', ...rest] = clause.split(/\s+/);
      if (!isField(fields, name) || rest.length > 0 || !/^(asc|desc)$/i.test(direction)) {
        throw new GraphError('BadRequest', `Invalid $orderby clause '${clause}': order by one of ${fields.join(', ')}, asc or desc.`);
      }
      return { field: name, direction: direction.toLowerCase() as 'asc' | 'desc' };
    });
}

/** $expand=members or $expand=members($select=id): the names before any nested options. */
export function parseExpand(value: string | null, expandable: readonly string[]): Set<string> {
  const names = (value ?? '')
    .split(',')
    .map((item) => item.replace(/\(.*\)$/s, '').trim())
    .filter(Boolean);
  for (const name of names) {
    if (!expandable.includes(name)) throw new GraphError('BadRequest', `$expand of '${name}' is not supported.`);
  }
  return new Set(names);
}

export function parseODataListQuery<Field extends string, OrderField extends string = never>(
  url: URL,
  options: ODataListOptions<Field, OrderField>,
): ODataListQuery<Field, OrderField> {
  const params = url.searchParams;
  const count = params.get('$count');
  if (count !== null && count !== 'true' && count !== 'false') {
    throw new GraphError('BadRequest', `Invalid value '${count}' for query option $count: expected true or false.`);
  }
  const search = params.get('$search');
  const filter = options.isTextFilter === false ? null : params.get('$filter');
  const matches = [
    ...(search === null ? [] : [parseSearch(search, options.textFields)].filter((match) => match !== undefined)),
    ...(filter === null ? [] : [parseFilter(filter, options.textFields)]),
  ];
  return {
    top: parseCount(params.get('$top'), '$top', MAX_TOP) ?? DEFAULT_TOP,
    skip: parseCount(params.get('$skip'), '$skip', Number.MAX_SAFE_INTEGER) ?? 0,
    isCountRequested: count === 'true',
    matches,
    orderBy: parseOrderBy(params.get('$orderby'), options.orderFields ?? []),
    expand: parseExpand(params.get('$expand'), options.expandable ?? []),
  };
}
