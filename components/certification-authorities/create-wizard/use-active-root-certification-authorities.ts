'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { GRAPH_CERTIFICATION_AUTHORITIES } from '../certification-authority-paths';

/** Roots an issuing CA can be anchored to: Cloud PKI roots of this tenant that are active. */
export function useActiveRootCertificationAuthorities() {
  const { data, failure, isLoading } = useGraphResource<{ value: GraphCloudCertificationAuthority[] }>(GRAPH_CERTIFICATION_AUTHORITIES);
  const roots = React.useMemo(
    () =>
      (data?.value ?? []).filter(
        (ca) => ca.cloudCertificationAuthorityType === 'rootCertificationAuthority' && ca.certificationAuthorityStatus === 'active',
      ),
    [data],
  );
  return { roots, failure, isLoading };
}

export type ActiveRoots = ReturnType<typeof useActiveRootCertificationAuthorities>;
