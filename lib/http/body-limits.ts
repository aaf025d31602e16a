// How many bytes a request body may have, per door, checked before the body is read: at the edge from
// Content-Length (server.ts), and while streaming in the route handlers (read-capped-body.ts) for bodies that
// come without one (chunked). Over the limit → 413.

/** SCEP: a pkiMessage is a CSR in two CMS layers, a few KiB; 256 KiB is what SCEP servers commonly accept. */
export const SCEP_BODY_LIMIT = 256 * 1024;
/** Graph JSON: the largest body is a bring-your-own CA's uploaded certificate chain, far below 1 MiB. */
export const GRAPH_BODY_LIMIT = 1024 * 1024;
/** OCSP (RFC 6960): a request for a few certificates is a few hundred bytes; RFC 5019 §5 keeps GETs under 255. */
export const OCSP_BODY_LIMIT = 16 * 1024;
/** Everything else (the sign-in forms, /oidc/token): oidc-provider itself stops at 56 KiB. */
export const DEFAULT_BODY_LIMIT = 64 * 1024;

const SCEP_PATH_PREFIX = '/TrafficGateway/';
const OCSP_PATH_PREFIX = '/pki/ocsp/';

export function bodyLimitOf(pathname: string): number {
  if (pathname.startsWith(SCEP_PATH_PREFIX)) return SCEP_BODY_LIMIT;
  if (pathname.startsWith('/graph/')) return GRAPH_BODY_LIMIT;
  if (pathname.startsWith(OCSP_PATH_PREFIX)) return OCSP_BODY_LIMIT;
  return DEFAULT_BODY_LIMIT;
}
