import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphDeviceConfigurationDeviceStatus } from '@/lib/graph/to-graph-device-configuration-device-status';
import { listDeviceStatuses } from '@/lib/services/device-configurations/device-statuses';

type Params = { id: string };

// GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatuses — what each device reported for the profile
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/deviceStatuses' }, async ({ principal, params }) => {
  const rows = await listDeviceStatuses(getDatabase(), principal.tenantScope, params.id);
  return collectionResponse(
    `deviceManagement/deviceConfigurations('${params.id}')/deviceStatuses`,
    rows.map(toGraphDeviceConfigurationDeviceStatus),
  );
});
