import { getDatabase } from '@/lib/db/database';
import { listCertificationAuthorities } from '@/lib/db/repositories/certification-authorities';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse, entityResponse } from '@/lib/graph/graph-response';
import { toGraphCertificationAuthority } from '@/lib/graph/to-graph-certification-authority';
import { ZCreateCertificationAuthority } from '@/lib/schemas/certification-authority';
import { createCertificationAuthority } from '@/lib/services/certification-authorities/create-certification-authority';

// GET /graph/beta/deviceManagement/cloudCertificationAuthority — list the tenant's CAs
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority' }, async ({ principal }) => {
  const rows = await listCertificationAuthorities(getDatabase(), principal.tenantScope);
  return collectionResponse(
    'deviceManagement/cloudCertificationAuthority',
    rows.map((row) => toGraphCertificationAuthority(row, getEnv().PUBLIC_URL)),
  );
});

// POST /graph/beta/deviceManagement/cloudCertificationAuthority — create a root or issuing CA
export const POST = graphRoute({ route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority', body: ZCreateCertificationAuthority }, async ({ principal, body }) => {
  const ca = await createCertificationAuthority(getDatabase(), principal, body);
  return entityResponse('deviceManagement/cloudCertificationAuthority/$entity', toGraphCertificationAuthority(ca, getEnv().PUBLIC_URL), { status: 201 });
});
