import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { ZCheckAssignments } from '@/lib/schemas/device-configuration/assignment';
import { checkAssignments } from '@/lib/services/device-configurations/check-assignments';

// POST /graph/beta/deviceManagement/deviceConfigurations/checkAssignments — portal addition: dry run of assign, stores nothing
export const POST = graphRoute({ route: 'POST /graph/beta/deviceManagement/deviceConfigurations/checkAssignments', body: ZCheckAssignments }, async ({ principal, body }) => {
  return entityResponse('cloudPki.assignmentCheck', await checkAssignments(getDatabase(), principal.tenantScope, body));
});
