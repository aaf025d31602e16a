import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { primitiveResponse } from '@/lib/graph/graph-response';
import { syncAllDevices } from '@/lib/services/devices/sync-all-devices';

// POST /graph/beta/deviceManagement/managedDevices/syncAll — every device checks in, in the background (an addition
// over Graph, which syncs one device per call); answers how many devices were told to
export const POST = graphRoute({ route: 'POST /graph/beta/deviceManagement/managedDevices/syncAll' }, async ({ principal }) =>
  primitiveResponse('Edm.Int32', await syncAllDevices(getDatabase(), principal)),
);
