import { z } from 'zod';
import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphDeviceConfiguration } from '@/lib/graph/to-graph-device-configuration';
import { deleteDeviceConfiguration } from '@/lib/services/device-configurations/delete-device-configuration';
import { getDeviceConfigurationExpanded, parseExpand } from '@/lib/services/device-configurations/get-device-configurations';
import { updateDeviceConfiguration } from '@/lib/services/device-configurations/update-device-configuration';

type Params = { id: string };

// GET /graph/beta/deviceManagement/deviceConfigurations/{id} — one profile ($expand=rootCertificate,assignments)
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/deviceConfigurations/{id}' }, async ({ request, principal, params }) => {
  const expands = parseExpand(new URL(request.url).searchParams.get('$expand'));
  const { profile, expansions } = await getDeviceConfigurationExpanded(getDatabase(), principal.tenantScope, params.id, expands);
  return entityResponse('deviceManagement/deviceConfigurations/$entity', toGraphDeviceConfiguration(profile, expansions));
});

// The body's shape depends on the stored profile's type, so the service parses it (lib/schemas parseDeviceConfigurationPatch).
const ZPatchBody = z.record(z.string(), z.unknown(), { error: 'The request body must be a JSON object.' });

// PATCH /graph/beta/deviceManagement/deviceConfigurations/{id} — change a profile's properties (same @odata.type)
export const PATCH = graphRoute<Params, typeof ZPatchBody>(
  { route: 'PATCH /graph/beta/deviceManagement/deviceConfigurations/{id}', body: ZPatchBody },
  async ({ principal, params, body }) => {
    const profile = await updateDeviceConfiguration(getDatabase(), principal, params.id, body);
    return entityResponse('deviceManagement/deviceConfigurations/$entity', toGraphDeviceConfiguration(profile));
  },
);

// DELETE /graph/beta/deviceManagement/deviceConfigurations/{id} — delete a profile the deployment order no longer needs
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/deviceManagement/deviceConfigurations/{id}' }, async ({ principal, params }) => {
  await deleteDeviceConfiguration(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
