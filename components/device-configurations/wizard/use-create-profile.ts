'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';
import type { AssignmentTarget } from '@/lib/deployment/types';
import { GRAPH_DEVICE_CONFIGURATIONS, graphDeviceConfigurationPath } from '../device-configuration-paths';
import type { GraphDeviceConfiguration } from '../graph-device-configuration';

export type CreateProfileState =
  | { phase: 'idle'; failure?: GraphFailure }
  | { phase: 'creating' }
  | { phase: 'assigning'; created: GraphDeviceConfiguration }
  /** Created; `assignFailure` when the assign API refused (say, a 409 raced the check) — the profile stays. */
  | { phase: 'done'; created: GraphDeviceConfiguration; assignFailure?: GraphFailure };

/** Create = POST the profile, then POST its assignments: Graph has no single call for both. */
export function useCreateProfile() {
  const client = useGraphClient();
  const [state, setState] = React.useState<CreateProfileState>({ phase: 'idle' });

  const create = async (body: object, targets: readonly AssignmentTarget[]): Promise<CreateProfileState> => {
    setState({ phase: 'creating' });
    let created: GraphDeviceConfiguration;
    try {
      created = (await client.api(GRAPH_DEVICE_CONFIGURATIONS).post(body)) as GraphDeviceConfiguration;
    } catch (error) {
      const failed = { phase: 'idle', failure: toGraphFailure(error) } as const;
      setState(failed);
      return failed;
    }
    let done: CreateProfileState = { phase: 'done', created };
    if (targets.length > 0) {
      setState({ phase: 'assigning', created });
      try {
        await client.api(`${graphDeviceConfigurationPath(created.id)}/assign`).post({ assignments: targets.map((target) => ({ target })) });
      } catch (error) {
        done = { phase: 'done', created, assignFailure: toGraphFailure(error) };
      }
    }
    setState(done);
    return done;
  };

  return { state, create };
}
