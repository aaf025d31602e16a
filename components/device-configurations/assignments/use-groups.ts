'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import { GRAPH_GROUPS } from '../device-configuration-paths';

export interface GraphGroup {
  id: string;
  displayName: string;
  description: string | null;
}

// Graph pages groups by 100; 999 is its largest page, enough for the pickers of the tenants this portal serves.
const GROUPS_PATH = `${GRAPH_GROUPS}?$top=999`;

/** The tenant's Entra groups, for the group pickers and for naming assigned groups. */
export function useGroups() {
  const { data, failure, isLoading } = useGraphResource<{ value: GraphGroup[] }>(GROUPS_PATH);
  const groups = React.useMemo(() => data?.value ?? [], [data]);
  const groupName = React.useCallback((id: string) => groups.find((group) => group.id === id)?.displayName, [groups]);
  return { groups, groupName, failure, isLoading };
}

export type Groups = ReturnType<typeof useGroups>;
