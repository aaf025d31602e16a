'use client';
import * as React from 'react';
import { useGraphResource } from '@/components/graph/use-graph-resource';
import type { GraphDirectoryObject } from '@/lib/graph/to-graph-directory-object';
import type { GraphGroup } from '@/lib/graph/to-graph-group';
import type { GraphManagedDevice } from '@/lib/graph/to-graph-managed-device';
import type { GraphUser } from '@/lib/graph/to-graph-user';
import { GRAPH_GROUPS, GRAPH_MANAGED_DEVICES, GRAPH_USERS } from '../directory-paths';
import { graphListPath } from '../graph-list-path';
import { useDebouncedValue } from '../use-debounced-value';

// Enough to pick from; a longer list means the search should be narrower.
const RESULTS_PER_TYPE = 10;

/** A managed device as a group member shows it: a Graph device whose id is the managed device id. */
function asDirectoryDevice(device: GraphManagedDevice): GraphDirectoryObject {
  return {
    '@odata.type': '#microsoft.graph.device',
    id: device.id,
    deviceId: device.azureADDeviceId,
    displayName: device.deviceName,
    operatingSystem: device.operatingSystem,
    operatingSystemVersion: device.osVersion,
    accountEnabled: true,
  };
}

/** Users, devices and groups matching the search, searched on the server as the admin types (debounced). */
export function useDirectoryObjectSearch(term: string) {
  const search = useDebouncedValue(term.trim());
  const users = useGraphResource<{ value: GraphUser[] }>(graphListPath(GRAPH_USERS, { search, pageSize: RESULTS_PER_TYPE }));
  const devices = useGraphResource<{ value: GraphManagedDevice[] }>(
    graphListPath(GRAPH_MANAGED_DEVICES, { search, pageSize: RESULTS_PER_TYPE }),
  );
  const groups = useGraphResource<{ value: GraphGroup[] }>(graphListPath(GRAPH_GROUPS, { search, pageSize: RESULTS_PER_TYPE }));

  const results = React.useMemo<GraphDirectoryObject[]>(
    () => [
      ...(users.data?.value ?? []).map((user) => ({ '@odata.type': '#microsoft.graph.user' as const, ...user })),
      ...(devices.data?.value ?? []).map(asDirectoryDevice),
      ...(groups.data?.value ?? []).map((group) => ({ '@odata.type': '#microsoft.graph.group' as const, ...group })),
    ],
    [users.data, devices.data, groups.data],
  );
  return {
    results,
    isLoading: users.isLoading || devices.isLoading || groups.isLoading,
    failure: users.failure ?? devices.failure ?? groups.failure,
  };
}
