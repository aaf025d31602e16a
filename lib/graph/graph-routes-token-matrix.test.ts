// The token matrix (issue 9): every route of the route table, through its real handler and the real verifier,
// refuses each kind of bad bearer token with 401, an RFC 6750 §3 challenge and a Graph error body. A valid token
// without roles is the control: it passes verification and gets 403 (or in, where a route needs no permission), so
// each 401 is the token's fault.
import { generateKeyPair, importJWK, SignJWT, UnsecuredJWT, type JWTPayload } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_SCOPE_NAME, LOCAL_API_AUDIENCE } from '@/lib/auth/api-resource';
import { loadOrCreateOidcKeys } from '@/lib/auth/oidc/oidc-key-file';
import { publishOidcPublicKeys } from '@/lib/auth/oidc/oidc-public-keys';
import { closeDatabase, IN_MEMORY, openDatabase } from '@/lib/db/open-database';
import { listGraphRoutes, type GraphRouteEntry } from './graph-routes';

const ORIGIN = 'http://localhost:3297';
const ISSUER = `${ORIGIN}/oidc`;
const CLAIMS: JWTPayload = { sub: 'matrix-user', tid: crypto.randomUUID(), scope: `${LOCAL_API_AUDIENCE}/${API_SCOPE_NAME}`, roles: [] };

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** The exported handler of a route: app/graph/…/[id]/route.ts for /graph/…/{id}. */
async function handlerOf(route: GraphRouteEntry): Promise<Handler> {
  const file = `@/app${route.path.replace(/\{(\w+)\}/g, '[$1]')}/route.ts`;
  const handler = ((await import(/* @vite-ignore */ file)) as Record<string, Handler>)[route.method];
  if (!handler) throw new Error(`${file} exports no ${route.method}`);
  return handler;
}

function paramsOf(route: GraphRouteEntry): Record<string, string> {
  return Object.fromEntries([...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => [name!, crypto.randomUUID()]));
}

/** The Authorization header value of each bad token, and whether the client presented a token at all. */
let badTokens: Record<string, { authorization: string | undefined; presented: boolean }>;
let validWithoutRoles: string;

beforeAll(async () => {
  process.env.PUBLIC_URL = ORIGIN;
  delete process.env.ENTRA_TENANT_ID;
  delete process.env.ENTRA_CLIENT_ID;
  // A verified principal's permissions include its role assignments, which live in the database.
  await openDatabase({ dataDir: IN_MEMORY });
  const providerKeys = await loadOrCreateOidcKeys('memory://');
  publishOidcPublicKeys(providerKeys);
  const [providerJwk] = providerKeys.jwks.keys;
  const providerKey = await importJWK(providerJwk!, 'RS256');
  const strangerKey = (await generateKeyPair('RS256')).privateKey;

  const sign = (claims: JWTPayload, key = providerKey, changes: { iss?: string; aud?: string; exp?: number } = {}) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: providerJwk!.kid })
      .setIssuer(changes.iss ?? ISSUER)
      .setAudience(changes.aud ?? LOCAL_API_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(changes.exp ?? Math.floor(Date.now() / 1000) + 300)
      .sign(key);

  validWithoutRoles = await sign(CLAIMS);
  const [header, , signature] = validWithoutRoles.split('.');
  const elevated = Buffer.from(JSON.stringify({ ...CLAIMS, roles: ['CloudPKI.Admin'], iss: ISSUER, aud: LOCAL_API_AUDIENCE, exp: Math.floor(Date.now() / 1000) + 300 })).toString('base64url');
  // RFC 7518 §3.2 misuse: HS256 keyed with the provider's public key, which anyone can fetch from /oidc/jwks.
  const publicKeyAsSecret = new TextEncoder().encode(JSON.stringify({ kty: 'RSA', n: providerJwk!.n, e: providerJwk!.e }));
  const bearer = (token: string) => ({ authorization: `Bearer ${token}`, presented: true });

  badTokens = {
    'no token': { authorization: undefined, presented: false },
    garbage: bearer('bm90LWEtdG9rZW4.garbage.Zm9v'),
    'alg: none': bearer(new UnsecuredJWT({ ...CLAIMS, roles: ['CloudPKI.Admin'] }).setIssuer(ISSUER).setAudience(LOCAL_API_AUDIENCE).setExpirationTime('5m').encode()),
    'HS256 keyed with the public key': bearer(await new SignJWT(CLAIMS).setProtectedHeader({ alg: 'HS256' }).setIssuer(ISSUER).setAudience(LOCAL_API_AUDIENCE).setExpirationTime('5m').sign(publicKeyAsSecret)),
    'signed by another key': bearer(await sign(CLAIMS, strangerKey)),
    // Past the verifier's 60 s clock tolerance.
    expired: bearer(await sign(CLAIMS, providerKey, { exp: Math.floor(Date.now() / 1000) - 3600 })),
    'wrong audience': bearer(await sign(CLAIMS, providerKey, { aud: 'api://another-api' })),
    'wrong issuer': bearer(await sign(CLAIMS, providerKey, { iss: 'http://localhost:3297/not-oidc' })),
    'tampered payload': bearer(`${header}.${elevated}.${signature}`),
  };
});

afterAll(closeDatabase);

const routes = listGraphRoutes();

function requestFor(route: GraphRouteEntry, authorization: string | undefined): Request {
  const headers = new Headers({ 'content-type': 'application/json' });
  if (authorization) headers.set('authorization', authorization);
  const hasBody = route.method === 'POST' || route.method === 'PATCH' || route.method === 'PUT';
  return new Request(`${ORIGIN}${route.path}`, { method: route.method, headers, ...(hasBody ? { body: '{}' } : {}) });
}

describe('every /graph route refuses a bad bearer token', () => {
  it('covers the whole route table', () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  it.each(routes.map((route) => [route.key, route] as const))('%s', async (_key, route) => {
    const handler = await handlerOf(route);
    const call = (authorization: string | undefined) => handler(requestFor(route, authorization), { params: Promise.resolve(paramsOf(route)) });

    // Routes that need no permission (a user's own effective permissions, the scope tag list) let the control in.
    const control = await call(`Bearer ${validWithoutRoles}`);
    if (route.permission) expect(control.status, 'a valid token without roles').toBe(403);
    else expect([200, 404], 'a valid token without roles').toContain(control.status);

    for (const [kind, { authorization, presented }] of Object.entries(badTokens)) {
      const response = await call(authorization);
      expect(response.status, kind).toBe(401);
      const challenge = response.headers.get('www-authenticate') ?? '';
      expect(challenge, kind).toMatch(/^Bearer /);
      // RFC 6750 §3.1: no error code when the request carried no token; invalid_token when it carried a bad one.
      if (presented) expect(challenge, kind).toContain('error="invalid_token"');
      else expect(challenge, kind).not.toContain('error=');
      expect(response.headers.get('cache-control'), kind).toBe('no-store');
      const { error } = await response.json();
      expect(error, kind).toMatchObject({ code: 'Unauthorized', message: expect.stringMatching(/\S/) });
    }
  });
});
