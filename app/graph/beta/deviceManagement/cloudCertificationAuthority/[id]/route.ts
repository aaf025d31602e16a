import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphCertificationAuthority } from '@/lib/graph/to-graph-certification-authority';
import { ZUpdateCertificationAuthority } from '@/lib/schemas/certification-authority';
import { getCertificationAuthorityOrThrow } from '@/lib/services/certification-authorities/get-certification-authority-or-throw';
import { deleteCertificationAuthority } from '@/lib/services/certification-authorities/delete-certification-authority';
import { updateCertificationAuthority } from '@/lib/services/certification-authorities/update-certification-authority';

type Params = { id: string };

// GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id} — one CA
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}' }, async ({ principal, params }) => {
  const ca = await getCertificationAuthorityOrThrow(getDatabase(), principal.tenantScope, params.id);
  return entityResponse('deviceManagement/cloudCertificationAuthority/$entity', toGraphCertificationAuthority(ca, getEnv().PUBLIC_URL));
});

// PATCH /graph/beta/deviceManagement/cloudCertificationAuthority/{id} — rename, describe, re-tag
// [unverified] Intune needs no separate permission for this; we require Create CAs, the nearest write permission.
export const PATCH = graphRoute<Params, typeof ZUpdateCertificationAuthority>(
  { route: 'PATCH /graph/beta/deviceManagement/cloudCertificationAuthority/{id}', body: ZUpdateCertificationAuthority },
  async ({ principal, params, body }) => {
    const ca = await updateCertificationAuthority(getDatabase(), principal, params.id, body);
    return entityResponse('deviceManagement/cloudCertificationAuthority/$entity', toGraphCertificationAuthority(ca, getEnv().PUBLIC_URL));
  },
);

// DELETE /graph/beta/deviceManagement/cloudCertificationAuthority/{id} — a revoked issuing CA, or a root with no issuing CA
export const DELETE = graphRoute<Params>({ route: 'DELETE /graph/beta/deviceManagement/cloudCertificationAuthority/{id}' }, async ({ principal, params }) => {
  await deleteCertificationAuthority(getDatabase(), principal, params.id);
  return new Response(null, { status: 204 });
});
