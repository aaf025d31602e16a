import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { toGraphLeafCertificate } from '@/lib/graph/to-graph-leaf-certificate';
import { derToDataUri } from '@/lib/pki/encodings';
import { getCertificationAuthorityOrThrow } from '@/lib/services/certification-authorities/get-certification-authority-or-throw';
import { getLeafCertificateOrThrow } from '@/lib/services/leaf-certificates/get-leaf-certificate-or-throw';

// GET …/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate/{leafId} — one certificate,
// with its DER as a data: URI (an addition, shaped like the CA's certificateDownloadUrl)
export const GET = graphRoute<{ id: string; leafId: string }>({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/cloudCertificationAuthorityLeafCertificate/{leafId}' }, async ({ principal, params }) => {
  const db = getDatabase();
  const ca = await getCertificationAuthorityOrThrow(db, principal.tenantId, params.id);
  const leaf = await getLeafCertificateOrThrow(db, principal.tenantId, ca.id, { id: params.leafId });
  return Response.json({ ...toGraphLeafCertificate(leaf, ca, getEnv().PUBLIC_URL), certificateDownloadUrl: derToDataUri(leaf.certificateDer) });
});
