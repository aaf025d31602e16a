// Response headers every door sends (set by server.ts before Next or the OpenID provider answer). Pages get
// their Content-Security-Policy with a per-request nonce from proxy.ts, the OpenID provider's few HTML pages theirs
// from oidc-pages.ts; everything else is data, not a document, and gets a policy that allows nothing.
import type { ServerResponse } from 'node:http';

/** For JSON, certificates, CRLs, SCEP replies: nothing may run, load or frame them. */
export const DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

// Paths whose responses are not the portal's pages (those get their policy from proxy.ts).
const DATA_PATH = /^\/(graph|pki|TrafficGateway|healthz)(\/|\?|$)/;

export function setSecurityHeaders(response: ServerResponse, pathname: string, isHttps: boolean): void {
  const isData = DATA_PATH.test(pathname);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  // Clickjacking: no other site may frame the portal. Pages and /oidc allow their own origin, because MSAL
  // renews tokens silently in a hidden same-origin iframe (/oidc/authorize → /auth/redirect); data never.
  response.setHeader('X-Frame-Options', isData ? 'DENY' : 'SAMEORIGIN');
  // Portal URLs carry CA and certificate ids; other sites need not learn them.
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  // RFC 6797 §7.2: HSTS only means something over https; two years, as the preload list asks.
  if (isHttps) response.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  if (isData) response.setHeader('Content-Security-Policy', DATA_CONTENT_SECURITY_POLICY);
}
