// Routes /oidc/* requests of server.ts's HTTP server: the two interaction routes of our own login page,
// everything else to oidc-provider, which is mounted at /oidc.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import { clientAddressOf } from '@/lib/http/client-address';
import { OIDC_MOUNT_PATH } from '../api-resource';
import { SignInThrottle } from '../throttle/sign-in-throttle';
import { submitLogin } from './submit-login';
import { throttleTokenRequest, type ThrottledTokenRequest } from './throttle-token-request';

const INTERACTION = new RegExp(`^${OIDC_MOUNT_PATH}/interaction/([A-Za-z0-9_-]+)(/login)?$`);

export function isOidcRequest(url: string): boolean {
  return url === OIDC_MOUNT_PATH || url.startsWith(`${OIDC_MOUNT_PATH}/`) || url.startsWith(`${OIDC_MOUNT_PATH}?`);
}

const TOKEN_PATH = `${OIDC_MOUNT_PATH}/token`;

/**
 * `allowedOrigins`: the portal's own origins (portal-origins.ts), the only ones whose pages may call /oidc.
 * `throttle`: counts wrong passwords and client secrets (one per process; tests pass one with their own clock).
 */
export function createOidcRequestHandler(provider: Provider, allowedOrigins: readonly string[], throttle = new SignInThrottle()) {
  const providerCallback = provider.callback();
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = request.url ?? '/';
    // Behind a TLS-ending proxy (provider.proxy, set from an https PUBLIC_URL) the client is in X-Forwarded-For.
    const address = clientAddressOf(request, provider.proxy);
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
      if (isLogin && request.method === 'POST') return submitLogin(provider, uid, request, response, { throttle, address });
      response.writeHead(405, { Allow: isLogin ? 'POST' : 'GET' }).end();
      return;
    }
    let tokenRequest: ThrottledTokenRequest | undefined;
    if (path === TOKEN_PATH && request.method === 'POST') {
      tokenRequest = await throttleTokenRequest(request, response, throttle, address);
      if (!tokenRequest) return;
    }
    const providerRequest: IncomingMessage & { originalUrl?: string } = tokenRequest?.replay ?? request;
    // oidc-provider derives its mount path from originalUrl minus url (oidc_context.js urlFor).
    providerRequest.originalUrl = url;
    providerRequest.url = url.slice(OIDC_MOUNT_PATH.length) || '/';
    await providerCallback(providerRequest, response);
    tokenRequest?.recordOutcome(response.statusCode);
  };
}
