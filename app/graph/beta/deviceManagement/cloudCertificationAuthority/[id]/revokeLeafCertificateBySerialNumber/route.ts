import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { actionEntityResponse } from '@/lib/graph/graph-response';
import { toGraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';
import { ZRevokeLeafCertificateBySerialNumber } from '@/lib/schemas/leaf-certificate';
import { getCertificationAuthorityOrThrow } from '@/lib/services/certification-authorities/get-certification-authority-or-throw';
import { getLeafCertificateOrThrow } from '@/lib/services/leaf-certificates/get-leaf-certificate-or-throw';
import { revokeLeafCertificates } from '@/lib/services/leaf-certificates/revoke-leaf-certificates';

// POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificateBySerialNumber
export const POST = graphRoute<{ id: string }, typeof ZRevokeLeafCertificateBySerialNumber>(
  { route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/revokeLeafCertificateBySerialNumber', body: ZRevokeLeafCertificateBySerialNumber },
  async ({ principal, params, body }) => {
    const db = getDatabase();
    const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, params.id);
    const leaf = await getLeafCertificateOrThrow(db, ca, { serialNumber: body.certificateSerialNumber });
    const [revoked] = await revokeLeafCertificates(db, principal, ca.id, [leaf.id], body.revocationReason);
    return actionEntityResponse(toGraphLeafCertificate(revoked!, ca, getEnv().PUBLIC_URL));
  },
);
