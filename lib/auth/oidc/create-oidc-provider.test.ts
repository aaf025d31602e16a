// The embedded provider over real HTTP (no browser): client credentials as scripts use them, and the
// authorization-code + PKCE flow through our login route as MSAL drives it, down to a verified access token.
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, decodeJwt } from 'jose';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDatabase } from '@/lib/db/database';
import { closeDatabase, IN_MEMORY, openDatabase } from '@/lib/db/open-database';
import { deleteExpiredOidcPayloads } from '@/lib/db/repositories/oidc-payloads';
import { createAccessTokenVerifier } from '../create-access-token-verifier';
import { createOidcProvider } from './create-oidc-provider';
import { createOidcRequestHandler, isOidcRequest } from './create-oidc-request-handler';
import { loadOrCreateOidcKeys } from './oidc-key-file';
import { SignInThrottle } from '../throttle/sign-in-throttle';
import { getOidcPublicKeys, publishOidcPublicKeys } from './oidc-public-keys';
import { portalOrigins } from './portal-origins';

const TENANT = '0b5e7c55-3a6f-4f7a-9a0e-6f1e2d3c4b5a';
const ADMIN = { id: '4c1f3e9a-2b7d-4e8f-9a6b-1c2d3e4f5a6b', tenantId: TENANT, userPrincipalName: 'admin@contoso.local', displayName: 'Portal administrator', roles: ['CloudPKI.Admin'] };

vi.mock('../local-accounts', () => ({
  getTenantId: async () => TENANT,
  findAccount: async (id: string) => (id === ADMIN.id ? ADMIN : undefined),
  verifyPassword: async (upn: string, password: string) => (upn.toLowerCase() === ADMIN.userPrincipalName && password === 'right password' ? ADMIN : undefined),
}));

let server: Server;
let base: string;
let PUBLIC_URL: string;
let handle: ReturnType<typeof createOidcRequestHandler> | undefined;
/** A new provider over the same database and keys: what a restart (or another instance) is to the browser. */
let restartProvider: () => void;
// The sign-in throttle's clock: tests move it instead of waiting out the slow-downs.
let throttleNow = Date.now();
const throttle = new SignInThrottle(() => throttleNow);
const MINUTE_MS = 60_000;

beforeAll(async () => {
  // The provider keeps its sessions and tokens there (database-oidc-adapter.ts).
  await openDatabase({ dataDir: IN_MEMORY });
  server = createServer((request, response) => {
    if (handle && isOidcRequest(request.url ?? '/')) void handle(request, response);
    else response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  // The registered redirect URIs include http://127.0.0.1:PORT, so the provider needs the real port.
  const port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  PUBLIC_URL = `http://localhost:${port}`;
  const keys = await loadOrCreateOidcKeys('memory://');
  publishOidcPublicKeys(keys);
  const env = { PUBLIC_URL, PORT: port, AUTOMATION_CLIENT_ID: 'scripts', AUTOMATION_CLIENT_SECRET: 'scripts-secret-0123456789' };
  restartProvider = () => {
    handle = createOidcRequestHandler(createOidcProvider(env, keys), portalOrigins(PUBLIC_URL, port), throttle);
  };
  restartProvider();
});

// Each test starts with the failures of the ones before forgotten (they all come from 127.0.0.1).
beforeEach(() => {
  throttleNow += 16 * MINUTE_MS;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await closeDatabase();
});

const verify = () =>
  createAccessTokenVerifier({ issuer: `${PUBLIC_URL}/oidc`, audience: 'api://cloudpki', keys: createLocalJWKSet(getOidcPublicKeys()) });

function tokenRequest(fields: Record<string, string>) {
  return fetch(`${base}/oidc/token`, { method: 'POST', body: new URLSearchParams(fields) });
}

describe('client credentials', () => {
  it('issues a JWT for api://cloudpki with the administrator role for scope api://cloudpki/.default', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', client_id: 'scripts', client_secret: 'scripts-secret-0123456789', scope: 'api://cloudpki/.default' });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { access_token: string; token_type: string; scope: string };
    expect(body).toMatchObject({ token_type: 'Bearer', scope: 'api://cloudpki/Cpki.Access' });
    expect(decodeJwt(body.access_token)).toMatchObject({ aud: 'api://cloudpki', iss: `${PUBLIC_URL}/oidc`, idtyp: 'app', tid: TENANT });
    const principal = await verify()(body.access_token);
    expect(principal).toMatchObject({ id: 'scripts', tenantId: TENANT, isApplication: true, roles: ['CloudPKI.Admin'] });
    expect(principal.permissions).toEqual(expect.arrayContaining(['ca.read', 'ca.create', 'ca.disableReenable', 'leaf.revoke']));
  });

  it('answers a CORS preflight only from the portal’s own origin', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/oidc/token`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const own = await preflight(PUBLIC_URL);
    expect(own.headers.get('access-control-allow-origin')).toBe(PUBLIC_URL);
    const foreign = await preflight('https://attacker.example');
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses a wrong secret', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', client_id: 'scripts', client_secret: 'wrong-secret-0123456789', scope: 'api://cloudpki/.default' });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: 'invalid_client' });
  });

  it('answers a client that failed five times with 429 and Retry-After, without comparing its secret, until the wait is over', async () => {
    const attempt = (secret: string) => tokenRequest({ grant_type: 'client_credentials', client_id: 'scripts', client_secret: secret, scope: 'api://cloudpki/.default' });
    for (let failure = 1; failure <= 5; failure += 1) expect((await attempt('wrong-secret-0123456789')).status).toBe(401);

    const refused = await attempt('scripts-secret-0123456789');
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(refused.headers.get('cache-control')).toBe('no-store');
    expect(await refused.json()).toEqual({ error: 'temporarily_unavailable', error_description: expect.stringContaining('Try again in 1 s') });
    // An unknown client is counted the same way, so the answer does not tell which client ids exist.
    for (let failure = 1; failure <= 5; failure += 1) expect((await tokenRequest({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' })).status).toBe(401);
    expect((await tokenRequest({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'x' })).status).toBe(429);

    throttleNow += 1_000;
    expect((await attempt('scripts-secret-0123456789')).status).toBe(200);
  });

  it('does not let the public portal client use client credentials', async () => {
    const response = await tokenRequest({ grant_type: 'client_credentials', client_id: 'cloudpki-portal', scope: 'api://cloudpki/.default' });
    expect(response.status).toBe(400);
  });
});

/** A path-aware cookie jar: the interaction cookie's path is what makes the login POST work. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();
  store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = header.split(';').map((part) => part.trim());
      const [name = '', value = ''] = pair.split('=');
      const path = attributes.find((a) => a.toLowerCase().startsWith('path='))?.slice(5) ?? '/';
      if (value === '' || /expires=thu, 01 jan 1970/i.test(header)) this.cookies.delete(`${name}|${path}`);
      else this.cookies.set(`${name}|${path}`, { value, path });
    }
  }
  header(url: string) {
    const { pathname } = new URL(url);
    return [...this.cookies.entries()]
      .filter(([, cookie]) => pathname === cookie.path || pathname.startsWith(cookie.path.endsWith('/') ? cookie.path : `${cookie.path}/`))
      .map(([key, cookie]) => `${key.split('|')[0]}=${cookie.value}`)
      .join('; ');
  }
}

async function browse(jar: CookieJar, url: string, init: RequestInit = {}) {
  const response = await fetch(url, { ...init, redirect: 'manual', headers: { ...init.headers, cookie: jar.header(url) } });
  jar.store(response);
  return response;
}

function authorizationQuery(verifier: string, extra: Record<string, string> = {}) {
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return new URLSearchParams({
    client_id: 'cloudpki-portal',
    response_type: 'code',
    redirect_uri: `${base}/auth/redirect`,
    scope: 'openid profile api://cloudpki/Cpki.Access',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    state: 'state-1',
    nonce: 'nonce-1',
    ...extra,
  });
}

async function startAuthorization(jar: CookieJar, verifier: string, extra: Record<string, string> = {}) {
  const query = authorizationQuery(verifier, extra);
  const authorize = await browse(jar, `${base}/oidc/auth?${query}`);
  expect(authorize.status).toBe(303);
  const interaction = new URL(authorize.headers.get('location') ?? '', base);
  expect(interaction.pathname).toMatch(/^\/oidc\/interaction\/[\w-]+$/);
  const page = await browse(jar, interaction.href);
  expect(page.status).toBe(303);
  const loginPage = page.headers.get('location') ?? '';
  expect(loginPage).toMatch(/^\/login\/[\w-]+$/);
  return { loginAction: `${interaction.href}/login`, loginPage };
}

async function signIn(jar: CookieJar, verifier: string, query: Record<string, string> = {}) {
  const { loginAction } = await startAuthorization(jar, verifier, query);
  const login = await postLogin(jar, loginAction, 'admin@contoso.local', 'right password');
  const resume = await browse(jar, new URL(login.headers.get('location') ?? '', base).href);
  return new URL(resume.headers.get('location') ?? '').searchParams.get('code') ?? '';
}

function postLogin(jar: CookieJar, action: string, login: string, password: string) {
  return browse(jar, action, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ login, password }).toString(),
  });
}

describe('sign-in through /login/:uid', () => {
  it('sends a wrong password back to the login page with ?error=invalid', async () => {
    const jar = new CookieJar();
    const { loginAction, loginPage } = await startAuthorization(jar, randomBytes(32).toString('base64url'));
    const response = await postLogin(jar, loginAction, 'admin@contoso.local', 'wrong password');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${loginPage}?error=invalid`);
  });

  it('treats a login post without the interaction cookie as an expired request', async () => {
    const jar = new CookieJar();
    const { loginAction, loginPage } = await startAuthorization(jar, randomBytes(32).toString('base64url'));
    const response = await postLogin(new CookieJar(), loginAction, 'admin@contoso.local', 'right password');
    expect(response.headers.get('location')).toBe(`${loginPage}?error=expired`);
  });

  it('completes code + PKCE without a consent screen: ID token names the user, access token carries the roles', async () => {
    const jar = new CookieJar();
    const verifier = randomBytes(32).toString('base64url');
    const { loginAction } = await startAuthorization(jar, verifier);
    const login = await postLogin(jar, loginAction, 'ADMIN@contoso.local', 'right password');
    expect(login.status).toBe(303);

    const resume = await browse(jar, new URL(login.headers.get('location') ?? '', base).href);
    expect(resume.status).toBe(303);
    const callback = new URL(resume.headers.get('location') ?? '');
    expect(`${callback.origin}${callback.pathname}`).toBe(`${base}/auth/redirect`);
    const code = callback.searchParams.get('code');
    expect(code).toBeTruthy();

    const response = await tokenRequest({ grant_type: 'authorization_code', client_id: 'cloudpki-portal', code: code ?? '', code_verifier: verifier, redirect_uri: `${base}/auth/redirect` });
    expect(response.status).toBe(200);
    const tokens = (await response.json()) as { access_token: string; id_token: string; refresh_token?: string };
    expect(decodeJwt(tokens.id_token)).toMatchObject({ sub: ADMIN.id, name: 'Portal administrator', preferred_username: 'admin@contoso.local', tid: TENANT, nonce: 'nonce-1' });
    expect(tokens.refresh_token).toBeTruthy();
    const principal = await verify()(tokens.access_token);
    expect(principal).toMatchObject({ id: ADMIN.id, userPrincipalName: 'admin@contoso.local', isApplication: false, roles: ['CloudPKI.Admin'] });

    // MSAL's silent renewal: refresh_token grant without resource= and without offline_access.
    const refreshed = await tokenRequest({ grant_type: 'refresh_token', client_id: 'cloudpki-portal', refresh_token: tokens.refresh_token ?? '', scope: 'openid profile api://cloudpki/Cpki.Access' });
    expect(refreshed.status).toBe(200);
    const renewed = (await refreshed.json()) as { access_token: string };
    await expect(verify()(renewed.access_token)).resolves.toMatchObject({ id: ADMIN.id, roles: ['CloudPKI.Admin'] });
  });
});

describe('wrong passwords on the login page', () => {
  /** Ten wrong passwords for `login`, each followed by the right one whenever a wait was announced: the answers, uid left out. */
  async function tenWrongPasswords(login: string) {
    throttleNow += 16 * MINUTE_MS; // the failures before (of other accounts too, all from 127.0.0.1) are forgotten
    const jar = new CookieJar();
    const { loginAction, loginPage } = await startAuthorization(jar, randomBytes(32).toString('base64url'));
    const answers: string[] = [];
    const post = async (password: string) => {
      const response = await postLogin(jar, loginAction, login, password);
      const location = response.headers.get('location') ?? '';
      answers.push(`${response.status} ${location.replace(loginPage, '/login/:uid')}`);
      return new URL(location, base).searchParams.get('wait');
    };
    for (let failure = 1; failure <= 10; failure += 1) {
      const wait = await post('wrong password');
      if (!wait) continue;
      await post('right password'); // refused unchecked: the wait is not over
      throttleNow += Number(wait) * 1_000;
    }
    return { answers, jar, loginAction };
  }

  it('slows them after five, locks at the tenth for 15 minutes, answers an unknown account identically, and lets the administrator in after', async () => {
    const admin = await tenWrongPasswords('admin@contoso.local');
    const slowed = [1, 2, 4, 8, 16, 900].flatMap((seconds) => [`303 /login/:uid?error=invalid&wait=${seconds}`, `303 /login/:uid?error=throttled&wait=${seconds}`]);
    expect(admin.answers).toEqual([...Array<string>(4).fill('303 /login/:uid?error=invalid'), ...slowed]);

    const unknown = await tenWrongPasswords('nobody@contoso.local');
    expect(unknown.answers).toEqual(admin.answers);

    // The administrator's lock ended with the unknown account's 15 minutes: the right password is accepted.
    const accepted = await postLogin(admin.jar, admin.loginAction, 'admin@contoso.local', 'right password');
    expect(accepted.status).toBe(303);
    expect(new URL(accepted.headers.get('location') ?? '', base).pathname).toMatch(/^\/oidc\/auth\//);
  });
});

describe('state in the database', () => {
  const exchange = (code: string, verifier: string) =>
    tokenRequest({ grant_type: 'authorization_code', client_id: 'cloudpki-portal', code, code_verifier: verifier, redirect_uri: `${base}/auth/redirect` });
  const refresh = (refreshToken: string) =>
    tokenRequest({ grant_type: 'refresh_token', client_id: 'cloudpki-portal', refresh_token: refreshToken, scope: 'openid profile api://cloudpki/Cpki.Access' });

  it('keeps the session and refresh token across a restart, and a replayed code still revokes the grant', async () => {
    const jar = new CookieJar();
    const verifier = randomBytes(32).toString('base64url');
    const code = await signIn(jar, verifier);
    const tokens = (await (await exchange(code, verifier)).json()) as { refresh_token: string };

    restartProvider();

    const refreshed = await refresh(tokens.refresh_token);
    expect(refreshed.status).toBe(200);
    const { refresh_token: rotated } = (await refreshed.json()) as { refresh_token: string };
    // The browser's session signs in silently, as MSAL's ssoSilent does.
    const silentVerifier = randomBytes(32).toString('base64url');
    const silentSignIn = async () => {
      const silent = await browse(jar, `${base}/oidc/auth?${authorizationQuery(silentVerifier, { prompt: 'none' })}`);
      return new URL(silent.headers.get('location') ?? '').searchParams;
    };
    expect((await exchange((await silentSignIn()).get('code') ?? '', silentVerifier)).status).toBe(200);

    // The first code is still marked used (consume); replaying it revokes what it issued (revokeByGrantId).
    expect(await (await exchange(code, verifier)).json()).toMatchObject({ error: 'invalid_grant' });
    expect(await (await refresh(rotated)).json()).toMatchObject({ error: 'invalid_grant' });

    // It is the database that holds the session: once its rows are gone, the browser must sign in again.
    expect(await deleteExpiredOidcPayloads(getDatabase(), new Date(Date.now() + 7 * 86_400_000))).toBeGreaterThan(0);
    expect((await silentSignIn()).get('error')).toBe('login_required');
  });
});
