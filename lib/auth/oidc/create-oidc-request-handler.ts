// Routes /oidc/* requests of server.ts's HTTP server: the two interaction routes of our own login page,
// everything else to oidc-provider, which is mounted at /oidc.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { OIDC_MOUNT_PATH } from '../api-resource';
import { submitLogin } from './submit-login';

const INTERACTION = new RegExp(`^${OIDC_MOUNT_PATH}/interaction/([A-Za-z0-9_-]+)(/login)?$`);

export function isOidcRequest(url: string): boolean {
  return url === OIDC_MOUNT_PATH || url.startsWith(`${OIDC_MOUNT_PATH}/`) || url.startsWith(`${OIDC_MOUNT_PATH}?`);
}

/** `allowedOrigins`: the portal's own origins (portal-origins.ts), the only ones whose pages may call /oidc. */
export function createOidcRequestHandler(provider: Provider, allowedOrigins: readonly string[]) {
  const providerCallback = provider.callback();
  return async (request: IncomingMessage & { originalUrl?: string }, response: ServerResponse): Promise<void> => {
    const url = request.url ?? '/';
    // oidc-provider answers every CORS preflight with the caller's origin (it cannot know the client yet, so
    // clientBasedCORS is not asked): a foreign origin's preflight gets no CORS headers at all.
    const origin = request.headers.origin;
    if (request.method === 'OPTIONS' && origin && !allowedOrigins.includes(origin)) {
      response.writeHead(403, { 'Cache-Control': 'no-store', Vary: 'Origin' }).end();
      return;
    }
    const [path = url] = url.split('?');
    const interaction = INTERACTION.exec(path);
    if (interaction?.[1]) {
      const uid = interaction[1];
      const isLogin = interaction[2] === '/login';
      if (!isLogin && request.method === 'GET') {
        // interactions.url points here so the interaction cookie covers the login POST; the page itself is Next's.
        response.writeHead(303, { Location: `/login/${uid}`, 'Cache-Control': 'no-store' }).end();
        return;
      }
      if (isLogin && request.method === 'POST') return submitLogin(provider, uid, request, response);
      response.writeHead(405, { Allow: isLogin ? 'POST' : 'GET' }).end();
      return;
    }
    // oidc-provider derives its mount path from originalUrl minus url (oidc_context.js urlFor).
    request.originalUrl = url;
    request.url = url.slice(OIDC_MOUNT_PATH.length) || '/';
    await providerCallback(request, response);
  };
}
