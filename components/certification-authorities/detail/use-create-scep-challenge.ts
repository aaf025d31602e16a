'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { useGraphMutation } from '@/components/directory/use-graph-mutation';
import type { TCreateScepChallenge } from '@/lib/schemas/scep-challenge';
import { graphCertificationAuthorityPath } from '../certification-authority-paths';

/** The createScepChallenge answer: the plaintext is shown this once, only its hash is stored. */
export interface ScepChallenge {
  challenge: string;
  expirationDateTime: string;
  /** Resolved by the server from PUBLIC_URL. */
  scepServerUrl: string;
}

/** Mints a one-time SCEP challenge on an issuing CA (an addition over Graph). */
export function useCreateScepChallenge(caId: string) {
  const client = useGraphClient();
  const { run, isBusy, failure } = useGraphMutation();
  const create = React.useCallback(
    async (body: TCreateScepChallenge): Promise<ScepChallenge | undefined> =>
      (await run(() => client.api(`${graphCertificationAuthorityPath(caId)}/createScepChallenge`).post(body) as Promise<ScepChallenge>))?.value,
    [client, run, caId],
  );
  return { create, isCreating: isBusy, failure };
}
