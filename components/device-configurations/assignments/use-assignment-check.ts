'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';
// checkAssignments answers with the checker's own verdict type.
import type { AssignmentCheck as AssignmentVerdict, AssignmentTarget } from '@/lib/deployment/types';
import { GRAPH_CHECK_ASSIGNMENTS } from '../device-configuration-paths';

const DEBOUNCE_MS = 400;

interface AssignmentCheckRequest {
  /** The unsaved profile's Graph JSON, or `{ id }` of a saved one. */
  profile: object;
  assignments: readonly AssignmentTarget[];
}

export interface AssignmentCheck {
  result: AssignmentVerdict | undefined;
  /** True from the moment the request changes until its verdict arrives. */
  isChecking: boolean;
  failure: GraphFailure | undefined;
}

/**
 * Asks the server what the assign API would answer, so the wizard and the assignments editor show the same
 * dependency-order explanation before anything is saved. `undefined` skips the check (nothing to judge yet).
 */
export function useAssignmentCheck(request: AssignmentCheckRequest | undefined): AssignmentCheck {
  const client = useGraphClient();
  const body = request
    ? JSON.stringify({ profile: request.profile, assignments: request.assignments.map((target) => ({ target })) })
    : undefined;
  const [state, setState] = React.useState<{ body?: string; result?: AssignmentVerdict; failure?: GraphFailure }>({});

  React.useEffect(() => {
    if (!body) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      client
        .api(GRAPH_CHECK_ASSIGNMENTS)
        .post(JSON.parse(body))
        .then((result: AssignmentVerdict) => isCurrent && setState({ body, result }))
        .catch((error: unknown) => isCurrent && setState({ body, failure: toGraphFailure(error) }));
    }, DEBOUNCE_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [client, body]);

  if (!body) return { result: undefined, isChecking: false, failure: undefined };
  const isFresh = state.body === body;
  return { result: isFresh ? state.result : undefined, isChecking: !isFresh, failure: isFresh ? state.failure : undefined };
}
