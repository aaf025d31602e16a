// The browser's Graph client, pointed at the portal's own Graph-compatible API instead of graph.microsoft.com.
import { Client, HTTPMessageHandler, type Context, type Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Adds the bearer token to every request. The SDK's AuthenticationHandler only does so for https Graph hosts
 * (customHosts included) and deletes the header otherwise, so http://localhost would get 401.
 */
class BearerTokenMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly getToken: () => Promise<string>) {}

  async execute(context: Context): Promise<void> {
    const authorization = `Bearer ${await this.getToken()}`;
    if (context.request instanceof Request) {
      context.request.headers.set('Authorization', authorization);
    } else {
      const headers = new Headers(context.options?.headers);
      headers.set('Authorization', authorization);
      context.options = { ...context.options, headers: Object.fromEntries(headers) };
    }
    if (!this.next) throw new Error('BearerTokenMiddleware has no next middleware');
    return this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * `baseUrl` is `${origin}/graph`; callers write Graph paths with the version, as in Graph Explorer:
 * `client.api('/beta/deviceManagement/cloudCertificationAuthority').get()`. defaultVersion '' keeps the SDK
 * from prefixing its own 'v1.0' (which would give /v1.0/beta/…).
 */
export function createGraphClient(baseUrl: string, getToken: () => Promise<string>): Client {
  const bearer = new BearerTokenMiddleware(getToken);
  bearer.setNext(new HTTPMessageHandler());
  return Client.initWithMiddleware({ baseUrl, defaultVersion: '', middleware: bearer });
}
