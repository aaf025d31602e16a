// Browser hardening (issue 9) against the real server: the security headers on a page, on authenticated Graph
// JSON and on a 401; no CORS for another origin on /graph or /oidc/token.
import { automationToken, CA_COLLECTION, expect, test } from '../fixtures';

const FOREIGN_ORIGIN = 'https://attacker.example';

test('pages, Graph answers and 401s carry the security headers; another origin gets no CORS', async ({ request }) => {
  const page = await request.get('/', { maxRedirects: 0 });
  expect(page.headers()).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer' });
  expect(page.headers()['content-security-policy']).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  // Served over http here: HSTS (RFC 6797 §7.2) is only sent over https.
  expect(page.headers()['strict-transport-security']).toBeUndefined();

  const authorization = `Bearer ${await automationToken(request)}`;
  const graph = await request.get(CA_COLLECTION, { headers: { authorization, origin: FOREIGN_ORIGIN } });
  expect(graph.status()).toBe(200);
  expect(graph.headers()).toMatchObject({
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'content-security-policy': expect.stringContaining("default-src 'none'"),
  });
  expect(graph.headers()['access-control-allow-origin']).toBeUndefined();

  const unauthenticated = await request.get(CA_COLLECTION);
  expect(unauthenticated.status()).toBe(401);
  expect(unauthenticated.headers()).toMatchObject({ 'www-authenticate': expect.stringMatching(/^Bearer /), 'cache-control': 'no-store' });

  for (const path of [CA_COLLECTION, '/oidc/token']) {
    const preflight = await request.fetch(path, { method: 'OPTIONS', headers: { origin: FOREIGN_ORIGIN, 'access-control-request-method': 'POST' } });
    expect(preflight.status(), path).toBeLessThan(500);
    expect(preflight.headers()['access-control-allow-origin'], path).toBeUndefined();
  }
});
