'use client';
import * as React from 'react';
import { toGraphFailure, type GraphFailure } from '@/components/graph/graph-error';

/**
 * Runs a Graph write and keeps its failure for the dialog to show. Resolves `{ value }` on success and undefined on
 * failure (a 204 has no value, so the wrapper tells the two apart).
 */
export function useGraphMutation() {
  const [isBusy, setIsBusy] = React.useState(false);
  const [failure, setFailure] = React.useState<GraphFailure>();

  const run = React.useCallback(async <T,>(request: () => Promise<T>): Promise<{ value: T } | undefined> => {
    setIsBusy(true);
    setFailure(undefined);
    try {
      return { value: await request() };
    } catch (error) {
      setFailure(toGraphFailure(error));
      return undefined;
    } finally {
      setIsBusy(false);
    }
  }, []);

  const reset = React.useCallback(() => setFailure(undefined), []);
  return { run, isBusy, failure, reset };
}
