import { getDatabase } from '@/lib/db/database';
import { getEnv } from '@/lib/env';
import { graphRoute } from '@/lib/graph/graph-route';
import { actionEntityResponse } from '@/lib/graph/graph-response';
import { toGraphCertificationAuthority } from '@/lib/graph/to-graph-certification-authority';
import { ZChangeCertificationAuthorityStatus } from '@/lib/schemas/certification-authority';
import { changeCertificationAuthorityStatus } from '@/lib/services/certification-authorities/change-certification-authority-status';

// POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/changeCloudCertificationAuthorityStatus — Pause / Resume
export const POST = graphRoute<{ id: string }, typeof ZChangeCertificationAuthorityStatus>(
  { route: 'POST /graph/beta/deviceManagement/cloudCertificationAuthority/{id}/changeCloudCertificationAuthorityStatus', body: ZChangeCertificationAuthorityStatus },
  async ({ principal, params, body }) => {
    const ca = await changeCertificationAuthorityStatus(getDatabase(), principal, params.id, body.certificationAuthorityStatus);
    return actionEntityResponse(toGraphCertificationAuthority(ca, getEnv().PUBLIC_URL));
  },
);
