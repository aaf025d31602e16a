// A load balancer in front of portal instances, as small as one can be: each request goes whole to the next backend
// in turn (no stickiness), and the proxy counts what each backend served, so a test can see the load spread.
import { once } from 'node:events';
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RoundRobinProxy {
  readonly url: string;
  /** Requests each backend answered whose path and query contain `needle`, by backend index. */
  served(needle: string): number[];
  close(): Promise<void>;
}

/** Listens on `port` (0: any free one) and spreads requests over `backendPorts` on localhost. */
export async function startRoundRobinProxy(port: number, backendPorts: readonly number[]): Promise<RoundRobinProxy> {
  const seen: { backend: number; url: string }[] = [];
  let next = 0;
  const server = createServer((incoming, outgoing) => {
    const backend = next++ % backendPorts.length;
    const upstream = forward(
      { host: '127.0.0.1', port: backendPorts[backend], method: incoming.method, path: incoming.url, headers: incoming.headers },
      (response) => {
        seen.push({ backend, url: incoming.url ?? '' });
        outgoing.writeHead(response.statusCode ?? 502, response.headers);
        response.pipe(outgoing);
      },
    );
    upstream.on('error', () => outgoing.headersSent ? outgoing.destroy() : outgoing.writeHead(502).end());
    incoming.pipe(upstream);
  });
  server.listen(port, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    served: (needle) => backendPorts.map((_, backend) => seen.filter((entry) => entry.backend === backend && entry.url.includes(needle)).length),
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
