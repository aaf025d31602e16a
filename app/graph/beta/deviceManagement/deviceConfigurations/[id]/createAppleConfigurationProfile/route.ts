import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { ZCreateScepChallenge } from '@/lib/schemas/scep-challenge';
import { createAppleConfigurationProfile } from '@/lib/services/apple/create-apple-configuration-profile';

// POST /graph/beta/deviceManagement/deviceConfigurations/{id}/createAppleConfigurationProfile — an iOS/macOS SCEP
// profile as a .mobileconfig with a fresh one-time challenge (an addition over Graph). Minting a challenge lets
// its holder get a certificate, so it takes the same permission as createScepChallenge.
export const POST = graphRoute<{ id: string }, typeof ZCreateScepChallenge>(
  { route: 'POST /graph/beta/deviceManagement/deviceConfigurations/{id}/createAppleConfigurationProfile', body: ZCreateScepChallenge },
  async ({ principal, params, body }) => {
    const { fileName, mobileconfig } = await createAppleConfigurationProfile(getDatabase(), principal, params.id, body);
    return new Response(mobileconfig, {
      headers: { 'Content-Type': 'application/x-apple-aspen-config', 'Content-Disposition': `attachment; filename="${fileName}"` },
    });
  },
);
