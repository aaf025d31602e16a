// A client that keeps asking while something heavy runs on the server: one request at a time, the next ~intervalMs
// after the last answer, so a server that stops answering shows up as one long latency rather than a pile of
// requests in flight.
import { performance } from 'node:perf_hooks';

export interface LatencyPoll {
  /** Stops after the request in flight; its latencies in ms, in order. */
  stop(): Promise<number[]>;
}

export function pollLatencies(probe: () => Promise<unknown>, intervalMs: number): LatencyPoll {
  const latencies: number[] = [];
  let isStopped = false;
  const loop = (async () => {
    while (!isStopped) {
      const started = performance.now();
      await probe();
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  })();
  return {
    async stop() {
      isStopped = true;
      await loop;
      return latencies;
    },
  };
}

/** `n` requests one after another; their latencies in ms. */
export async function timeSequentially(n: number, request: (index: number) => Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  for (let index = 0; index < n; index += 1) {
    const started = performance.now();
    await request(index);
    latencies.push(performance.now() - started);
  }
  return latencies;
}
