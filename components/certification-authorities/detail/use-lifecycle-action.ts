'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure } from '@/components/graph/graph-error';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { graphCertificationAuthorityPath } from '../certification-authority-paths';
import type { LifecycleAction } from './certification-authority-actions';

/**
 * Runs one lifecycle action against the API. Resolves undefined on success, else the server's
 * refusal (a 409 names the unmet rule), which also stays in `failure` for the dialog.
 */
export function useLifecycleAction(ca: GraphCloudCertificationAuthority) {
  const client = useGraphClient();
  const [isBusy, setIsBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<string>();

  const perform = React.useCallback(
    async (action: LifecycleAction): Promise<string | undefined> => {
      const path = graphCertificationAuthorityPath(ca.id);
      setIsBusy(true);
      setFailure(undefined);
      try {
        if (action === 'delete') await client.api(path).delete();
        else if (action === 'revoke') {
          await client.api(`${path}/revokeCloudCertificationAuthorityCertificate`).post({ certificationAuthorityVersion: ca.versionNumber });
        } else {
          await client
            .api(`${path}/changeCloudCertificationAuthorityStatus`)
            .post({ certificationAuthorityStatus: action === 'pause' ? 'paused' : 'active' });
        }
        return undefined;
      } catch (error) {
        const { message } = toGraphFailure(error);
        setFailure(message);
        return message;
      } finally {
        setIsBusy(false);
      }
    },
    [client, ca.id, ca.versionNumber],
  );

  const reset = React.useCallback(() => setFailure(undefined), []);
  return { perform, isBusy, failure, reset };
}
