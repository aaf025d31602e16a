// The client a token request names, read before oidc-provider authenticates it, so that a throttled client's
// secret is not even compared.
import type { IncomingHttpHeaders } from 'node:http';

/** RFC 6749 §2.3.1: HTTP Basic with the form-urlencoded client id as user name, or client_id in the form body. */
export function tokenRequestClientId(headers: IncomingHttpHeaders, form: URLSearchParams): string | undefined {
  const [scheme, credentials] = (headers.authorization ?? '').split(' ');
  if (scheme?.toLowerCase() === 'basic' && credentials) {
    const decoded = Buffer.from(credentials, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon > 0) {
      try {
        return decodeURIComponent(decoded.slice(0, colon).replace(/\+/g, ' '));
      } catch {
        return undefined; // not percent-encoding: oidc-provider refuses it as invalid_client
      }
    }
  }
  return form.get('client_id') ?? undefined;
}
