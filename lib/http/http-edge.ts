// What server.ts answers itself before Next.js or the OpenID provider see a request: methods no door serves
// (405), paths that are not valid percent-encoded UTF-8 (400), bodies declared larger than the door accepts
// (413) — and the security headers every response carries.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyLimitOf } from './body-limits';
import { setSecurityHeaders } from './security-headers';

/** RFC 9110 §9: the methods some door serves. TRACE (§9.3.8, cross-site tracing) and CONNECT are not among them. */
export const SERVED_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;

function refuse(response: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): true {
  response
    .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers })
    .end(JSON.stringify({ error: { code, message } }));
  return true;
}

function isDecodablePath(pathname: string): boolean {
  try {
    // Overlong (%c0%ae) and other invalid UTF-8 throws; a NUL byte is never part of a portal path.
    return !decodeURIComponent(pathname).includes('\0');
  } catch {
    return false;
  }
}

/** Answers the request and returns true when it must not go further; otherwise only sets the headers. */
export function answerAtTheEdge(request: IncomingMessage, response: ServerResponse, options: { isHttps: boolean }): boolean {
  const [pathname = '/'] = (request.url ?? '/').split('?');
  setSecurityHeaders(response, pathname, options.isHttps);

  if (!(SERVED_METHODS as readonly string[]).includes(request.method ?? '')) {
    // RFC 9110 §15.5.6: 405 lists the methods that are served.
    return refuse(response, 405, 'MethodNotAllowed', `The method ${request.method ?? ''} is not supported.`, { Allow: SERVED_METHODS.join(', ') });
  }
  if (!isDecodablePath(pathname)) return refuse(response, 400, 'BadRequest', 'The request path is not valid percent-encoded UTF-8.');

  const limit = bodyLimitOf(pathname);
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    // Close the connection: the unread body must not be taken for the next request on it.
    return refuse(response, 413, 'RequestEntityTooLarge', `The request body is larger than ${limit} bytes.`, { Connection: 'close' });
  }
  return false;
}
