import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphManagedDevice } from '@/lib/graph/to-graph-managed-device';
import { getManagedDeviceOrThrow } from '@/lib/services/directory/get-managed-device-or-throw';

type Params = { id: string };

// GET /graph/beta/deviceManagement/managedDevices/{id} — one device
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/managedDevices/{id}' }, async ({ principal, params }) => {
  return entityResponse('deviceManagement/managedDevices/$entity', toGraphManagedDevice(await getManagedDeviceOrThrow(getDatabase(), principal.tenantId, params.id)));
});
