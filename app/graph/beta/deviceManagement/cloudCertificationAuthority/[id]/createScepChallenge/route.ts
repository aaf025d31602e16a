import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { ZCreateScepChallenge } from '@/lib/schemas/scep-challenge';
import { createScepChallenge } from '@/lib/services/scep/create-scep-challenge';

// POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/createScepChallenge — a one-time enrollment
// challenge (an addition over Graph). Whoever holds one can get a certificate, so it takes the CA-creation permission.
export const POST = graphRoute<{ id: string }, typeof ZCreateScepChallenge>(
  { route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/createScepChallenge', body: ZCreateScepChallenge },
  async ({ principal, params, body }) => entityResponse('cloudPki.scepChallenge', await createScepChallenge(getDatabase(), principal, params.id, body)),
);
