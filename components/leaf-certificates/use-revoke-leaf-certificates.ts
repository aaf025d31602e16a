'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { useGraphMutation } from '@/components/directory/use-graph-mutation';
import { graphCertificationAuthorityPath } from '@/components/certification-authorities/certification-authority-paths';
import type { TRevocationReason } from '@/lib/schemas/leaf-certificate';

/**
 * Revokes certificates of one CA: revokeLeafCertificate for one, revokeLeafCertificates for several (all or nothing,
 * one CRL). Resolves true on success; on failure the refusal is in `failure`.
 */
export function useRevokeLeafCertificates(caId: string) {
  const client = useGraphClient();
  const { run, isBusy, failure } = useGraphMutation();

  const revoke = React.useCallback(
    async (leafCertificateIds: readonly string[], revocationReason: TRevocationReason): Promise<boolean> => {
      const ca = graphCertificationAuthorityPath(caId);
      const [only] = leafCertificateIds;
      const result = await run(() =>
        leafCertificateIds.length === 1 && only
          ? client.api(`${ca}/revokeLeafCertificate`).post({ leafCertificateId: only, revocationReason })
          : client.api(`${ca}/revokeLeafCertificates`).post({ leafCertificateIds, revocationReason }),
      );
      return result !== undefined;
    },
    [client, run, caId],
  );

  return { revoke, isRevoking: isBusy, failure };
}
