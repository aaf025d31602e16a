import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { actionEntityResponse } from '@/lib/graph/graph-response';
import { toGraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';
import { ZRevokeLeafCertificate } from '@/lib/schemas/leaf-certificate';
import { getCertificationAuthorityOrThrow } from '@/lib/services/certification-authorities/get-certification-authority-or-throw';
import { revokeLeafCertificates } from '@/lib/services/leaf-certificates/revoke-leaf-certificates';

// POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificate — revoke one certificate
export const POST = graphRoute<{ id: string }, typeof ZRevokeLeafCertificate>(
  { route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificate', body: ZRevokeLeafCertificate },
  async ({ principal, params, body }) => {
    const db = getDatabase();
    const [leaf] = await revokeLeafCertificates(db, principal, params.id, [body.leafCertificateId], body.revocationReason);
    const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, params.id);
    return actionEntityResponse(toGraphLeafCertificate(leaf!, ca, getEnv().PUBLIC_URL));
  },
);
