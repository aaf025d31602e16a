import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphDeviceConfigurationState } from '@/lib/graph/to-graph-device-configuration-state';
import { listDeviceConfigurationStates } from '@/lib/services/devices/list-device-configuration-states';

// GET /graph/beta/deviceManagement/managedDevices/{id}/deviceConfigurationStates — what the device last reported
// for each profile (Succeeded, Error with its reason, Pending, Not applicable)
export const GET = graphRoute<{ id: string }>({ route: 'GET /graph/beta/deviceManagement/managedDevices/{id}/deviceConfigurationStates' }, async ({ principal, params }) => {
  const states = await listDeviceConfigurationStates(getDatabase(), principal.tenantId, params.id);
  return collectionResponse(`deviceManagement/managedDevices('${params.id}')/deviceConfigurationStates`, states.map(toGraphDeviceConfigurationState));
});
