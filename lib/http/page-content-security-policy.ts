// The Content-Security-Policy of the portal's pages (proxy.ts sets it per request, with a fresh nonce). Data
// responses get DATA_CONTENT_SECURITY_POLICY from security-headers.ts instead.
import { randomBytes } from 'node:crypto';

/** The request header proxy.ts hands the nonce to the page's server components in (app/layout.tsx reads it). */
export const NONCE_REQUEST_HEADER = 'x-nonce';

export interface PageContentSecurityPolicyOptions {
  /** Fresh for every page request: the policy is only as strong as the nonce is unguessable. */
  nonce: string;
  isDevelopment: boolean;
  isHttps: boolean;
  /** Entra ID's origin when it signs users in (MSAL fetches its token endpoint and renews in a hidden iframe). */
  identityProviderOrigin?: string;
}

/** 16 bytes from the CSPRNG, base64 — CSP3 §2.3.1 nonce-source, and 128 bits as the spec recommends. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function pageContentSecurityPolicy({ nonce, isDevelopment, isHttps, identityProviderOrigin }: PageContentSecurityPolicyOptions): string {
  const identityProvider = identityProviderOrigin ? ` ${identityProviderOrigin}` : '';
  const directives = [
    "default-src 'self'",
    // Next puts this nonce on its inline bootstrap and chunk scripts; 'strict-dynamic' (CSP3 §8.2) lets those
    // load the rest of the bundle. A script tag an attacker injects has no nonce and does not run. React needs
    // eval only for its development-time error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    // Fluent UI v9's Griffel writes CSS into <style> elements: server-rendered ones (useServerInsertedHTML) and
    // ones it and FluentProvider create in the browser as components mount. components/providers.tsx gives the
    // renderer this nonce (styleElementAttributes), so every one of them carries it and nothing else may add a
    // stylesheet. Next's development overlay injects its own un-nonced styles, hence 'unsafe-inline' there only.
    `style-src 'self' ${isDevelopment ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // Certificates are offered as data: URIs (Graph's certificateDownloadUrl) and exports as blob: URLs.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${identityProvider}`,
    // MSAL renews tokens silently in a hidden iframe on the identity provider.
    `frame-src 'self'${identityProvider}`,
    "object-src 'none'",
    "base-uri 'none'",
    // The login form posts to /oidc on this origin; nothing else submits forms.
    "form-action 'self'",
    // Clickjacking (CSP3 frame-ancestors, the successor of X-Frame-Options): only the portal may frame its own
    // pages — MSAL's silent renewal lands /auth/redirect in a same-origin iframe.
    "frame-ancestors 'self'",
  ];
  // Behind TLS every request must stay on TLS; over plain http (localhost) upgrading would break every load.
  if (isHttps) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}
