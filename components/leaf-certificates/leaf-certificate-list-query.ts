// The Graph request behind "View all certificates": search, status filter, order and page, all on the server over
// every certificate (no 1,000-row cap). The same values live in the blade's URL.
import type { LeafCertificateStatus } from './graph-leaf-certificate';

export const LEAF_PAGE_SIZE = 20;

/** Leaf properties the API orders by ($orderby); also the grid's column ids. */
export const SORTABLE_FIELDS = [
  'subjectName',
  'certificateStatus',
  'deviceName',
  'userPrincipalName',
  'serialNumber',
  'validityStartDateTime',
  'validityEndDateTime',
  'revocationDateTime',
] as const;

export type SortField = (typeof SORTABLE_FIELDS)[number];

export interface LeafSort {
  field: SortField;
  direction: 'asc' | 'desc';
}

/** Newest first, as Intune lists them; an absent ?sort= means this. */
export const DEFAULT_SORT: LeafSort = { field: 'validityStartDateTime', direction: 'desc' };

/** `?sort=subjectName` is ascending, `?sort=-subjectName` descending; anything else is the default. */
export function parseSort(value: string): LeafSort {
  const field = value.replace(/^-/, '');
  if (!(SORTABLE_FIELDS as readonly string[]).includes(field)) return DEFAULT_SORT;
  return { field: field as SortField, direction: value.startsWith('-') ? 'desc' : 'asc' };
}

/** The ?sort= value of a sort; '' for the default, which keeps the URL short. */
export function formatSort(sort: LeafSort): string {
  if (sort.field === DEFAULT_SORT.field && sort.direction === DEFAULT_SORT.direction) return '';
  return `${sort.direction === 'desc' ? '-' : ''}${sort.field}`;
}

interface LeafListQuery {
  search?: string;
  status?: LeafCertificateStatus;
  sort?: LeafSort;
  /** 1-based. */
  page?: number;
  pageSize?: number;
}

/**
 * `…/cloudCertificationAuthorityLeafCertificate?$top=20&$skip=0&$count=true&$orderby=…&$filter=…&$search="…"`.
 * Values are percent-encoded here: the Graph SDK copies query values into the URL as they are.
 */
export function leafCertificateListPath(collection: string, { search, status, sort = DEFAULT_SORT, page = 1, pageSize = LEAF_PAGE_SIZE }: LeafListQuery): string {
  const options: [string, string][] = [
    ['$top', String(pageSize)],
    ['$skip', String((page - 1) * pageSize)],
    ['$count', 'true'],
    ['$orderby', `${sort.field} ${sort.direction}`],
  ];
  if (status) options.push(['$filter', `certificateStatus eq '${status}'`]);
  const term = search?.trim();
  // $search takes a quoted phrase; a quote inside would end it early, so it is dropped.
  if (term) options.push(['$search', `"${term.replaceAll('"', '')}"`]);
  return `${collection}?${options.map(([name, value]) => `${name}=${encodeURIComponent(value)}`).join('&')}`;
}

/** `$count=true&$top=0`: how many certificates have a status (all of them without one), for the tiles. */
export function leafCertificateCountPath(collection: string, status?: LeafCertificateStatus): string {
  const filter = status ? `&$filter=${encodeURIComponent(`certificateStatus eq '${status}'`)}` : '';
  return `${collection}?$top=0&$count=true${filter}`;
}
