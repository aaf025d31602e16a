import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { actionEntityResponse } from '@/lib/graph/graph-response';
import { toGraphCertificationAuthority } from '@/lib/graph/to-graph-certification-authority';
import { ZUploadExternallySignedCertificate } from '@/lib/schemas/certification-authority';
import { uploadExternallySignedCertificate } from '@/lib/services/certification-authorities/upload-externally-signed-certificate';

// POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/uploadExternallySignedCertificationAuthorityCertificate — BYOCA signed certificate
export const POST = graphRoute<{ id: string }, typeof ZUploadExternallySignedCertificate>(
  { route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/uploadExternallySignedCertificationAuthorityCertificate', body: ZUploadExternallySignedCertificate },
  async ({ principal, params, body }) => {
    const ca = await uploadExternallySignedCertificate(getDatabase(), principal, params.id, body);
    return actionEntityResponse(toGraphCertificationAuthority(ca, getEnv().PUBLIC_URL));
  },
);
