import { z } from 'zod';
import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { validateScepProfile } from '@/lib/services/device-configurations/validate-scep-profile';

const ZScepProfileJson = z.record(z.string(), z.unknown(), { error: 'The request body must be a SCEP profile as JSON.' });

// POST /graph/beta/deviceManagement/deviceConfigurations/validateScepProfile — portal addition: a SCEP profile's problems as you type
export const POST = graphRoute({ route: 'POST /graph/beta/deviceManagement/deviceConfigurations/validateScepProfile', body: ZScepProfileJson }, async ({ principal, body }) => {
  return entityResponse('cloudPki.scepProfileValidation', { problems: await validateScepProfile(getDatabase(), principal.tenantScope, body) });
});
