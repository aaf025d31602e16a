import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { actionEntityResponse } from '@/lib/graph/graph-response';
import { toGraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';
import { ZSearchLeafCertificateBySerialNumber } from '@/lib/schemas/leaf-certificate';
import { getCertificationAuthorityOrThrow } from '@/lib/services/certification-authorities/get-certification-authority-or-throw';
import { getLeafCertificateOrThrow } from '@/lib/services/leaf-certificates/get-leaf-certificate-or-throw';

// POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/searchCloudCertificationAuthorityLeafCertificateBySerialNumber
export const POST = graphRoute<{ id: string }, typeof ZSearchLeafCertificateBySerialNumber>(
  { route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/searchCloudCertificationAuthorityLeafCertificateBySerialNumber', body: ZSearchLeafCertificateBySerialNumber },
  async ({ principal, params, body }) => {
    const db = getDatabase();
    const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, params.id);
    const leaf = await getLeafCertificateOrThrow(db, ca, { serialNumber: body.certificateSerialNumber });
    return actionEntityResponse(toGraphLeafCertificate(leaf, ca, getEnv().PUBLIC_URL));
  },
);
