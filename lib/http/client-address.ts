// The address a request comes from, for per-address throttling. server.ts speaks plain HTTP; an https PUBLIC_URL
// means TLS ends at a reverse proxy in front of it, and then the socket's peer is that proxy.
import type { IncomingMessage } from 'node:http';

export function clientAddressOf(request: IncomingMessage, isBehindProxy: boolean): string {
  const peer = request.socket.remoteAddress ?? 'unknown';
  if (!isBehindProxy) return peer;
  // The proxy appends the address it saw to X-Forwarded-For; everything left of it came from the client and can be
  // made up, so only the last entry is trusted.
  const forwarded = request.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').pop()?.trim();
  return last || peer;
}
