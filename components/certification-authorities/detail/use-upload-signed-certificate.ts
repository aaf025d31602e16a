'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { useGraphMutation } from '@/components/directory/use-graph-mutation';
import type { TUploadExternallySignedCertificate } from '@/lib/schemas/certification-authority';
import { graphCertificationAuthorityPath } from '../certification-authority-paths';

/** uploadExternallySignedCertificationAuthorityCertificate: true once the CA accepted the certificate. */
export function useUploadSignedCertificate(caId: string) {
  const client = useGraphClient();
  const { run, isBusy, failure } = useGraphMutation();
  const upload = React.useCallback(
    async (body: TUploadExternallySignedCertificate): Promise<boolean> =>
      (await run(() => client.api(`${graphCertificationAuthorityPath(caId)}/uploadExternallySignedCertificationAuthorityCertificate`).post(body))) !== undefined,
    [client, run, caId],
  );
  return { upload, isUploading: isBusy, failure };
}
