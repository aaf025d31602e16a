import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { syncDevice } from '@/lib/services/devices/sync-device';

// POST /graph/beta/deviceManagement/managedDevices/{id}/syncDevice — tell the device to check in; 204 at once, the
// check-in (trusted certificates, SCEP enrollment, status reports) follows in the background within seconds
export const POST = graphRoute<{ id: string }>({ route: 'POST /graph/beta/deviceManagement/managedDevices/{id}/syncDevice' }, async ({ principal, params }) => {
  await syncDevice(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
