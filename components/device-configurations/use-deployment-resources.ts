'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { GRAPH_CERTIFICATION_AUTHORITIES } from '@/components/certification-authorities/certification-authority-paths';
import type { GraphCloudCertificationAuthority } from '@/lib/graph/cloud-certification-authority';
import { GRAPH_DEVICE_CONFIGURATIONS } from './device-configuration-paths';
import type { GraphDeviceConfiguration } from './graph-device-configuration';

/** The tenant's CAs and profiles: the pickers' choices, and the names and links of dependency-order problems. */
export function useDeploymentResources() {
  const cas = useGraphResource<{ value: GraphCloudCertificationAuthority[] }>(GRAPH_CERTIFICATION_AUTHORITIES);
  const profiles = useGraphResource<{ value: GraphDeviceConfiguration[] }>(GRAPH_DEVICE_CONFIGURATIONS);
  const certificationAuthorities = React.useMemo(() => cas.data?.value ?? [], [cas.data]);
  const profileList = React.useMemo(() => profiles.data?.value ?? [], [profiles.data]);
  return {
    certificationAuthorities,
    certificationAuthoritiesFailure: cas.failure,
    isLoadingCertificationAuthorities: cas.isLoading,
    profiles: profileList,
    profilesFailure: profiles.failure,
    isLoadingProfiles: profiles.isLoading,
  };
}
