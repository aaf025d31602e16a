import { describe, expect, it } from 'vitest';
import { createNonce, pageContentSecurityPolicy } from './page-content-security-policy';

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

const production = { nonce: 'bm9uY2U=', isDevelopment: false, isHttps: false };

describe('pageContentSecurityPolicy', () => {
  it('lets only nonced scripts and styles run in production, with no inline or eval escape hatch', () => {
    const directives = directivesOf(pageContentSecurityPolicy(production));
    expect(directives.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(directives.get('style-src')).toEqual(["'self'", "'nonce-bm9uY2U='"]);
    expect(pageContentSecurityPolicy(production)).not.toMatch(/unsafe-(inline|eval)/);
  });

  it('forbids plugins, base rewriting and framing by other sites', () => {
    const directives = directivesOf(pageContentSecurityPolicy(production));
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
    expect(directives.get('form-action')).toEqual(["'self'"]);
  });

  it('relaxes only what Next’s development server needs', () => {
    const directives = directivesOf(pageContentSecurityPolicy({ ...production, isDevelopment: true }));
    expect(directives.get('script-src')).toContain("'unsafe-eval'");
    expect(directives.get('style-src')).toContain("'unsafe-inline'");
  });

  it('upgrades insecure requests only when served over https', () => {
    expect(directivesOf(pageContentSecurityPolicy(production)).has('upgrade-insecure-requests')).toBe(false);
    expect(directivesOf(pageContentSecurityPolicy({ ...production, isHttps: true })).has('upgrade-insecure-requests')).toBe(true);
  });

  it('lets MSAL reach Entra ID only when Entra ID signs users in', () => {
    expect(directivesOf(pageContentSecurityPolicy(production)).get('connect-src')).toEqual(["'self'"]);
    const entra = directivesOf(pageContentSecurityPolicy({ ...production, identityProviderOrigin: 'https://login.microsoftonline.com' }));
    expect(entra.get('connect-src')).toEqual(["'self'", 'https://login.microsoftonline.com']);
    expect(entra.get('frame-src')).toEqual(["'self'", 'https://login.microsoftonline.com']);
  });
});

describe('createNonce', () => {
  it('gives 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });
});
