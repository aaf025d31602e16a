import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { getDeploymentReadiness } from '@/lib/services/device-configurations/get-deployment-readiness';

type Params = { id: string };

// GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/deploymentReadiness?platform=windows — portal addition: the five deployment steps of an issuing CA
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/deploymentReadiness' }, async ({ request, principal, params }) => {
  const platform = new URL(request.url).searchParams.get('platform');
  return collectionResponse('Collection(cloudPki.readinessStep)', await getDeploymentReadiness(getDatabase(), principal.tenantScope, params.id, platform));
});
