import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { keysetCollectionResponse } from '@/lib/graph/graph-response';
import { parseLeafCertificateListQuery } from '@/lib/graph/parse-leaf-certificate-list-query';
import { encodeSkipToken } from '@/lib/graph/skip-token';
import { toGraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';
import { listLeafCertificatesOfCa } from '@/lib/services/leaf-certificates/list-leaf-certificates-of-ca';

// GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate
// — $top, $skiptoken (from @odata.nextLink), $skip (small), $filter, $orderby, $search (prefix of subject, device,
// UPN, serial, thumbprint; device id), $count
export const GET = graphRoute<{ id: string }>({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate' }, async ({ request, principal, params }) => {
  const url = new URL(request.url);
  const { query, isCountRequested, order } = parseLeafCertificateListQuery(url);
  const { ca, items, nextPosition, totalCount } = await listLeafCertificatesOfCa(getDatabase(), principal.tenantScope, params.id, query, { isCountRequested });
  const publicUrl = getEnv().PUBLIC_URL;
  return keysetCollectionResponse(
    { url, context: `deviceManagement/cloudCertificationAuthority('${ca.id}')/cloudCertificationAuthorityLeafCertificate` },
    {
      value: items.map((leaf) => toGraphLeafCertificate(leaf, ca, publicUrl)),
      count: totalCount,
      skipToken: nextPosition && encodeSkipToken(nextPosition, order),
    },
  );
});
