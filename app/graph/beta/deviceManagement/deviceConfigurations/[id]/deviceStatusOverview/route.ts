import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphDeviceConfigurationDeviceOverview } from '@/lib/graph/to-graph-device-configuration-device-status';
import { getDeviceStatusOverview } from '@/lib/services/device-configurations/device-statuses';

type Params = { id: string };

// GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatusOverview — counts per check-in status
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatusOverview' }, async ({ principal, params }) => {
  const { profile, counts } = await getDeviceStatusOverview(getDatabase(), principal.tenantScope, params.id);
  return entityResponse(
    `deviceManagement/deviceConfigurations('${profile.id}')/deviceStatusOverview/$entity`,
    toGraphDeviceConfigurationDeviceOverview(profile.id, profile.version, counts),
  );
});
