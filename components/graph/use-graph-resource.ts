'use client';
import * as React from 'react';
import { useGraphClient } from '@/components/auth/use-graph-client';
import { toGraphFailure, type GraphFailure } from './graph-error';

interface GraphResource<T> {
  data: T | undefined;
  failure: GraphFailure | undefined;
  isLoading: boolean;
  reload: () => void;
}

/** GET one Graph path when the component mounts and on reload(); a slower earlier response never overwrites a newer one. */
export function useGraphResource<T>(path: string): GraphResource<T> {
  const client = useGraphClient();
  const [data, setData] = React.useState<T>();
  const [failure, setFailure] = React.useState<GraphFailure>();
  const [isLoading, setIsLoading] = React.useState(true);
  const [generation, setGeneration] = React.useState(0);

  React.useEffect(() => {
    let isCurrent = true;
    setIsLoading(true);
    client
      .api(path)
      .get()
      .then((body: T) => {
        if (!isCurrent) return;
        setData(body);
        setFailure(undefined);
      })
      .catch((error: unknown) => {
        if (isCurrent) setFailure(toGraphFailure(error));
      })
      .finally(() => {
        if (isCurrent) setIsLoading(false);
      });
    return () => {
      isCurrent = false;
    };
  }, [client, path, generation]);

  const reload = React.useCallback(() => setGeneration((value) => value + 1), []);
  return { data, failure, isLoading, reload };
}
