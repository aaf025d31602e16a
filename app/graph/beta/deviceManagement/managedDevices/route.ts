import { getDatabase } from '@/lib/db/database';
import { listManagedDevices, MANAGED_DEVICE_TEXT_FIELDS } from '@/lib/db/repositories/managed-devices';
import { graphRoute } from '@/lib/graph/graph-route';
import { pagedCollectionResponse } from '@/lib/graph/graph-response';
import { parseODataListQuery } from '@/lib/graph/odata-list-query';
import { toGraphManagedDevice } from '@/lib/graph/to-graph-managed-device';

// GET /graph/beta/deviceManagement/managedDevices — the tenant's devices by name ($top, $skip, $count, $search, $filter)
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/managedDevices' }, async ({ request, principal }) => {
  const url = new URL(request.url);
  const query = parseODataListQuery(url, { textFields: MANAGED_DEVICE_TEXT_FIELDS });
  const page = await listManagedDevices(getDatabase(), { tenantId: principal.tenantId, ...query });
  return pagedCollectionResponse(
    { url, context: 'deviceManagement/managedDevices', query },
    { value: page.items.map(toGraphManagedDevice), totalCount: page.totalCount },
  );
});
