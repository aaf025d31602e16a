'use client';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import type { GraphCloudPkiLicense } from '@/lib/graph/cloud-pki-license';
import { GRAPH_CLOUD_PKI_LICENSE } from './licenses-paths';

/** The tenant's Cloud PKI license and what it allows now, as the server enforces it. */
export function useCloudPkiLicense() {
  return useGraphResource<GraphCloudPkiLicense>(GRAPH_CLOUD_PKI_LICENSE);
}
