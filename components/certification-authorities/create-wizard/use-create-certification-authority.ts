'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { GRAPH_CERTIFICATION_AUTHORITIES } from '../certification-authority-paths';
import type { CreateCaRequest } from './create-certification-authority-form';

/** POST the new CA. After a success `isCreating` stays true: the wizard navigates away and must not post twice. */
export function useCreateCertificationAuthority() {
  const client = useGraphClient();
  const [isCreating, setIsCreating] = React.useState(false);
  const [failure, setFailure] = React.useState<GraphFailure>();

  const create = async (request: CreateCaRequest): Promise<GraphCloudCertificationAuthority | undefined> => {
    setIsCreating(true);
    setFailure(undefined);
    try {
      return (await client.api(GRAPH_CERTIFICATION_AUTHORITIES).post(request)) as GraphCloudCertificationAuthority;
    } catch (error) {
      setFailure(toGraphFailure(error));
      setIsCreating(false);
      return undefined;
    }
  };

  return { create, isCreating, failure };
}
