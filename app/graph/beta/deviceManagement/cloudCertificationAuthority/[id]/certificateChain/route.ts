import { getDatabase } from '@/lib/db/database';
import { graphRoute } from '@/lib/graph/graph-route';
import { buildCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';
import { getCertificateChain } from '@/lib/services/certification-authorities/get-certificate-chain';

type Params = { id: string };

// GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/certificateChain — the chain as a .p7b
// (an addition over Graph, which only offers the CA's own certificate as a data: URI).
export const GET = graphRoute<Params>({ route: 'GET /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/certificateChain' }, async ({ principal, params }) => {
  const chain = await getCertificateChain(getDatabase(), principal.tenantScope, params.id);
  return new Response(Buffer.from(buildCertsOnlyPkcs7(chain)), {
    headers: { 'Content-Type': 'application/pkcs7-mime', 'Content-Disposition': 'attachment; filename="chain.p7b"' },
  });
});
