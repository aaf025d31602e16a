import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { actionEntityResponse } from '@/lib/graph/graph-response';
import { toGraphCertificationAuthority } from '@/lib/graph/to-graph-certification-authority';
import { revokeCertificationAuthority } from '@/lib/services/certification-authorities/revoke-certification-authority';

// POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeCloudCertificationAuthorityCertificate
// — permanent; the body's certificationAuthorityVersion is ignored while every CA has one version.
export const POST = graphRoute<{ id: string }>({ route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeCloudCertificationAuthorityCertificate' }, async ({ principal, params }) => {
  const ca = await revokeCertificationAuthority(getDatabase(), principal, params.id);
  return actionEntityResponse(toGraphCertificationAuthority(ca, getEnv().PUBLIC_URL));
});
