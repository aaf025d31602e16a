import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { CLOUD_PKI_LICENSE_CONTEXT } from '@/lib/graph/cloud-pki-license';
import { toGraphCloudPkiLicense } from '@/lib/graph/to-graph-cloud-pki-license';
import { ZChangeCloudPkiLicense } from '@/lib/schemas/cloud-pki-license';
import { changeCloudPkiLicense } from '@/lib/services/licensing/change-cloud-pki-license';
import { getCloudPkiLicense } from '@/lib/services/licensing/get-cloud-pki-license';

// GET /graph/beta/deviceManagement/cloudPkiLicense — the tenant's Cloud PKI license and what it allows now
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/cloudPkiLicense' }, async ({ principal }) =>
  entityResponse(CLOUD_PKI_LICENSE_CONTEXT, toGraphCloudPkiLicense(await getCloudPkiLicense(getDatabase(), principal.tenantId))),
);

// PATCH /graph/beta/deviceManagement/cloudPkiLicense — start a trial, license the tenant, or remove the license
export const PATCH = graphRoute(
  { route: 'PATCH /graph/beta/deviceManagement/cloudPkiLicense', body: ZChangeCloudPkiLicense },
  async ({ principal, body }) =>
    entityResponse(CLOUD_PKI_LICENSE_CONTEXT, toGraphCloudPkiLicense(await changeCloudPkiLicense(getDatabase(), principal, body))),
);
