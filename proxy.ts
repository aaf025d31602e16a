// Next's request proxy (Next 16's name for middleware): gives every page its Content-Security-Policy with a fresh
// nonce. Next reads the nonce off the request's policy header and puts it on its own scripts; app/layout.tsx
// passes it to Fluent UI's style renderer. Data doors (/graph, /pki, SCEP, /oidc) never reach Next's pages and
// get their own policy in server.ts.
import { NextResponse, type NextRequest } from 'next/server';
import { getIdentityProviderSettings } from '@/lib/auth/identity-provider-settings';
import { getEnv } from '@/lib/env';
import { createNonce, NONCE_REQUEST_HEADER, pageContentSecurityPolicy } from '@/lib/http/page-content-security-policy';

export function proxy(request: NextRequest): NextResponse {
  const env = getEnv();
  const identity = getIdentityProviderSettings(env);
  const nonce = createNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    isDevelopment: process.env.NODE_ENV === 'development',
    isHttps: env.PUBLIC_URL.startsWith('https:'),
    ...(identity.mode === 'entra' ? { identityProviderOrigin: new URL(identity.authority).origin } : {}),
  });

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('Content-Security-Policy', policy);
  requestHeaders.set(NONCE_REQUEST_HEADER, nonce);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the API, CA files, SCEP or Next's static files (those are not documents). Prefetches
      // render no document either.
      source: '/((?!graph/|pki/|TrafficGateway/|oidc/|healthz|_next/static/|_next/image|favicon\\.svg).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
