import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse, entityResponse } from '@/lib/graph/graph-response';
import { toGraphDeviceConfiguration } from '@/lib/graph/to-graph-device-configuration';
import { ZCreateDeviceConfiguration } from '@/lib/schemas/device-configuration/device-configuration';
import { createDeviceConfiguration } from '@/lib/services/device-configurations/create-device-configuration';
import { listDeviceConfigurationsExpanded, parseExpand } from '@/lib/services/device-configurations/get-device-configurations';

// GET /graph/beta/deviceManagement/deviceConfigurations — the tenant's trusted certificate and SCEP profiles ($expand=rootCertificate,assignments)
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/deviceConfigurations' }, async ({ request, principal }) => {
  const expands = parseExpand(new URL(request.url).searchParams.get('$expand'));
  const profiles = await listDeviceConfigurationsExpanded(getDatabase(), principal.tenantScope, expands);
  return collectionResponse(
    'deviceManagement/deviceConfigurations',
    profiles.map(({ profile, expansions }) => toGraphDeviceConfiguration(profile, expansions)),
  );
});

// POST /graph/beta/deviceManagement/deviceConfigurations — create a trusted certificate or SCEP certificate profile
export const POST = graphRoute(
  { route: 'POST /graph/beta/deviceManagement/deviceConfigurations', body: ZCreateDeviceConfiguration },
  async ({ principal, body }) => {
    const profile = await createDeviceConfiguration(getDatabase(), principal, body);
    return entityResponse('deviceManagement/deviceConfigurations/$entity', toGraphDeviceConfiguration(profile), { status: 201 });
  },
);
