'use client';
import * as React from 'react';

// A check-in starts within a second of the 204 and takes a few more (RSA-4096 keys take longest).
const POLL_INTERVAL_MS = 2_000;
const POLL_LIMIT = 15;

/**
 * After a sync request: reload every two seconds until `isDone` says the check-in showed up (or thirty seconds
 * passed), so the blade shows the new last check-in without the admin pressing Refresh.
 */
export function usePollAfterSync(reload: () => void, isDone: boolean): { startPolling: () => void; isPolling: boolean } {
  const [polls, setPolls] = React.useState<number | undefined>();
  const isPolling = polls !== undefined && !isDone && polls < POLL_LIMIT;

  React.useEffect(() => {
    if (!isPolling) return;
    const timer = setTimeout(() => {
      reload();
      setPolls((count) => (count ?? 0) + 1);
    }, POLL_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [isPolling, polls, reload]);

  const startPolling = React.useCallback(() => setPolls(0), []);
  return { startPolling, isPolling };
}
