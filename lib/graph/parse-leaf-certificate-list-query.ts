// The OData query of the leaf list: $top, $count, $orderby, $search, $filter (parse-leaf-certificate-filter.ts) and
// paging. Deep pages follow @odata.nextLink, whose $skiptoken is a keyset position; $skip is OFFSET, which reads
// every skipped row, so it is accepted up to MAX_LEAF_SKIP and refused beyond with a 400 that says to page by link.
import { type LeafCertificateOrder, type LeafCertificateQuery, readLeafPosition } from '@/lib/db/repositories/leaf-certificate-list';
import { GraphError } from './graph-error';
import { parseODataListQuery } from './odata-list-query';
import { parseLeafCertificateFilter } from './parse-leaf-certificate-filter';
import { decodeSkipToken, invalidSkipToken } from './skip-token';

export const MAX_LEAF_SKIP = 10_000;

// Graph names of the sortable leaf properties -> repository fields.
const ORDER_FIELDS = {
  subjectName: 'subjectName',
  serialNumber: 'serialNumber',
  thumbprint: 'thumbprint',
  certificateStatus: 'status',
  validityStartDateTime: 'validityStartDateTime',
  validityEndDateTime: 'validityEndDateTime',
  revocationDateTime: 'revocationDateTime',
  deviceName: 'deviceName',
  userPrincipalName: 'userPrincipalName',
} as const;

export interface LeafCertificateListRequest {
  query: Omit<LeafCertificateQuery, 'tenantId' | 'caId'>;
  top: number;
  isCountRequested: boolean;
  /** Names the order in a $skiptoken, so a token only continues the order it came from. */
  order: string;
}

export function parseLeafCertificateListQuery(url: URL): LeafCertificateListRequest {
  const odata = parseODataListQuery(url, { textFields: [], orderFields: Object.keys(ORDER_FIELDS) as (keyof typeof ORDER_FIELDS)[], isTextFilter: false });
  const skipToken = url.searchParams.get('$skiptoken');
  if (odata.skip > MAX_LEAF_SKIP) {
    throw new GraphError('BadRequest', `$skip is limited to ${MAX_LEAF_SKIP} for certificates: page further by following @odata.nextLink ($skiptoken).`);
  }
  if (skipToken !== null && odata.skip > 0) throw new GraphError('BadRequest', 'Use either $skip or $skiptoken, not both.');
  // No $orderby: the repository's default, newest first.
  const orderBy: LeafCertificateOrder | undefined = odata.orderBy.length
    ? odata.orderBy.map(({ field, direction }) => ({ field: ORDER_FIELDS[field], direction }))
    : undefined;
  const order = odata.orderBy.map(({ field, direction }) => `${field} ${direction}`).join(',');
  let after: LeafCertificateQuery['after'];
  if (skipToken !== null) {
    after = readLeafPosition(orderBy, decodeSkipToken(skipToken, order));
    if (!after) throw invalidSkipToken();
  }
  return {
    query: { ...parseLeafCertificateFilter(url.searchParams.get('$filter')), search: odata.matches[0]?.text, orderBy, top: odata.top, skip: odata.skip, after },
    top: odata.top,
    isCountRequested: odata.isCountRequested,
    order,
  };
}
