import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { collectionResponse } from '@/lib/graph/graph-response';
import { toGraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';
import { ZRevokeLeafCertificates } from '@/lib/schemas/leaf-certificate';
import { getCertificationAuthorityOrThrow } from '@/lib/services/certification-authorities/get-certification-authority-or-throw';
import { revokeLeafCertificates } from '@/lib/services/leaf-certificates/revoke-leaf-certificates';

// POST …/cloudCertificationAuthority/{id}/revokeLeafCertificates — bulk revoke, all or nothing, one CRL
// (an addition over Graph, whose docs loop revokeLeafCertificate in PowerShell)
export const POST = graphRoute<{ id: string }, typeof ZRevokeLeafCertificates>(
  { route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificates', body: ZRevokeLeafCertificates },
  async ({ principal, params, body }) => {
    const db = getDatabase();
    const revoked = await revokeLeafCertificates(db, principal, params.id, body.leafCertificateIds, body.revocationReason);
    const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, params.id);
    return collectionResponse(
      'Collection(microsoft.graph.cloudCertificationAuthorityLeafCertificate)',
      revoked.map((leaf) => toGraphLeafCertificate(leaf, ca, getEnv().PUBLIC_URL)),
    );
  },
);
