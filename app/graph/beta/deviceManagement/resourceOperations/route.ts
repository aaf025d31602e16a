import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { listGraphResourceOperations } from '@/lib/graph/to-graph-resource-operation';

// GET /graph/beta/deviceManagement/resourceOperations — every permission a role can grant
export const GET = graphRoute({ route: 'GET /graph/beta/deviceManagement/resourceOperations' }, async () => {
  return collectionResponse('deviceManagement/resourceOperations', listGraphResourceOperations());
});
