import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { entityResponse } from '@/lib/graph/graph-response';
import { toGraphLeafCertificateDetail } from '@/lib/graph/to-graph-leaf-certificate';
import { getCertificationAuthorityOrThrow } from '@/lib/services/certification-authorities/get-certification-authority-or-throw';
import { getLeafCertificateOrThrow } from '@/lib/services/leaf-certificates/get-leaf-certificate-or-throw';

// GET …/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate/{leafId} — one certificate,
// with its DER as a data: URI in the certificateDownloadUrl annotation (shaped like the CA's property)
export const GET = graphRoute<{ id: string; leafId: string }>({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate/{leafId}' }, async ({ principal, params }) => {
  const db = getDatabase();
  const ca = await getCertificationAuthorityOrThrow(db, principal.tenantScope, params.id);
  const leaf = await getLeafCertificateOrThrow(db, ca, { id: params.leafId });
  return entityResponse(
    `deviceManagement/cloudCertificationAuthority('${ca.id}')/cloudCertificationAuthorityLeafCertificate/$entity`,
    toGraphLeafCertificateDetail(leaf, ca, getEnv().PUBLIC_URL),
  );
});
