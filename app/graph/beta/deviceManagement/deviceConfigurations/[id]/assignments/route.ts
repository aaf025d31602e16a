import { getDatabase } from '@/lib/db/database';
import { listDeviceConfigurationAssignments } from '@/lib/db/repositories/device-configuration-assignments';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphDeviceConfigurationAssignment } from '@/lib/graph/to-graph-device-configuration-assignment';
import { getDeviceConfigurationOrThrow } from '@/lib/services/device-configurations/get-device-configuration-or-throw';

type Params = { id: string };

// GET /graph/beta/deviceManagement/deviceConfigurations/{id}/assignments — the profile's assignments
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/deviceConfigurations/{id}/assignments' }, async ({ principal, params }) => {
  const db = getDatabase();
  const profile = await getDeviceConfigurationOrThrow(db, principal.tenantScope, params.id);
  const rows = await listDeviceConfigurationAssignments(db, profile.id);
  return collectionResponse(`deviceManagement/deviceConfigurations('${profile.id}')/assignments`, rows.map(toGraphDeviceConfigurationAssignment));
});
