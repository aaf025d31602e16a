import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphDeviceConfigurationAssignment } from '@/lib/graph/to-graph-device-configuration-assignment';
import { ZAssignDeviceConfiguration } from '@/lib/schemas/device-configuration/assignment';
import { assignDeviceConfiguration } from '@/lib/services/device-configurations/assign-device-configuration';

type Params = { id: string };

// POST /graph/beta/deviceManagement/deviceConfigurations/{id}/assign — replace the assignments (409 if the deployment order breaks)
export const POST = graphRoute<Params, typeof ZAssignDeviceConfiguration>(
  { route: 'POST /graph/beta/deviceManagement/deviceConfigurations/{id}/assign', body: ZAssignDeviceConfiguration },
  async ({ principal, params, body }) => {
    const targets = body.assignments.map((assignment) => assignment.target);
    const rows = await assignDeviceConfiguration(getDatabase(), principal, params.id, targets);
    return collectionResponse('Collection(microsoft.graph.deviceConfigurationAssignment)', rows.map(toGraphDeviceConfigurationAssignment));
  },
);
