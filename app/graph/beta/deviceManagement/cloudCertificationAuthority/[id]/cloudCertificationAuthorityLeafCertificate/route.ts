import { getDatabase } from '@/lib/db/database';
import type { LEAF_CERTIFICATE_ORDER_FIELDS } from '@/lib/db/repositories/leaf-certificates';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { pagedCollectionResponse } from '@/lib/graph/graph-response';
import { parseODataListQuery } from '@/lib/graph/odata-list-query';
import { parseLeafCertificateFilter } from '@/lib/graph/parse-leaf-certificate-filter';
import { toGraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';
import { listLeafCertificatesOfCa } from '@/lib/services/leaf-certificates/list-leaf-certificates-of-ca';

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
} as const satisfies Record<string, (typeof LEAF_CERTIFICATE_ORDER_FIELDS)[number]>;

// GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate
// — $top, $skip, $filter (certificateStatus, devicePlatform, validityEndDateTime; see parse-leaf-certificate-filter), $orderby, $search (subject, serial, thumbprint, device, UPN), $count
export const GET = graphRoute<{ id: string }>({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate' }, async ({ request, principal, params }) => {
  const url = new URL(request.url);
  const query = parseODataListQuery(url, { textFields: [], orderFields: Object.keys(ORDER_FIELDS) as (keyof typeof ORDER_FIELDS)[], isTextFilter: false });
  const { ca, items, totalCount } = await listLeafCertificatesOfCa(getDatabase(), principal.tenantId, params.id, {
    ...parseLeafCertificateFilter(url.searchParams.get('$filter')),
    search: query.matches[0]?.text,
    // No $orderby: the repository's default, newest first.
    orderBy: query.orderBy.length > 0 ? query.orderBy.map(({ field, direction }) => ({ field: ORDER_FIELDS[field], direction })) : undefined,
    top: query.top,
    skip: query.skip,
  });
  const publicUrl = getEnv().PUBLIC_URL;
  return pagedCollectionResponse(
    { url, context: `deviceManagement/cloudCertificationAuthority('${ca.id}')/cloudCertificationAuthorityLeafCertificate`, query },
    { value: items.map((leaf) => toGraphLeafCertificate(leaf, ca, publicUrl)), totalCount },
  );
});
