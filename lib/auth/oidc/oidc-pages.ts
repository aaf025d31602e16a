// oidc-provider's own HTML pages (logout, post-logout, errors), replaced because the built-in ones load
// Google Fonts — an external request the portal must never make. Plain HTML, system fonts.
import type { KoaContextWithOIDC } from 'oidc-provider';
import { createNonce } from '@/lib/http/page-content-security-policy';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Answers with the page: only its own nonced style and script may run; its forms post to /oidc only. */
function sendPage(ctx: KoaContextWithOIDC, title: string, body: (nonce: string) => string): void {
  const nonce = createNonce();
  ctx.type = 'html';
  ctx.set(
    'Content-Security-Policy',
    `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'nonce-${nonce}'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'`,
  );
  ctx.body = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Cloud PKI portal</title><style nonce="${nonce}">
body{margin:0;min-height:100vh;display:grid;place-items:center;background:#f5f5f5;color:#242424;font:14px/20px "Segoe UI","Segoe UI Web (West European)",-apple-system,BlinkMacSystemFont,Roboto,"Helvetica Neue",sans-serif}
main{background:#fff;border-radius:8px;box-shadow:0 2px 4px rgba(0,0,0,.14),0 0 2px rgba(0,0,0,.12);padding:32px;width:min(360px,90vw)}
h1{font-size:20px;line-height:28px;font-weight:600;margin:0 0 12px}p{margin:0 0 20px}
button,a.button{font:inherit;font-weight:600;border-radius:4px;padding:5px 12px;border:1px solid #d1d1d1;background:#fff;color:#242424;cursor:pointer;text-decoration:none;display:inline-block}
button.primary,a.button{background:#0f6cbd;border-color:#0f6cbd;color:#fff}.actions{display:flex;gap:8px}
</style></head><body><main>${body(nonce)}</main></body></html>`;
}

/** RP-initiated logout: confirm unless the request proves it came from the portal (a valid id_token_hint). */
export function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  if (ctx.oidc.entities.IdTokenHint) {
    // oidc-provider validated the hint's signature: only the signed-in portal holds that ID token, so a
    // cross-site page cannot force this logout and the confirmation would only be an extra click.
    sendPage(
      ctx,
      'Signing out',
      (nonce) => `${form}<input type="hidden" form="op.logoutForm" name="logout" value="yes"><h1>Signing out…</h1>
<noscript><button class="primary" type="submit" form="op.logoutForm">Sign out</button></noscript>
<script nonce="${nonce}">document.getElementById('op.logoutForm').submit()</script>`,
    );
    return;
  }
  sendPage(
    ctx,
    'Sign out',
    () => `${form}<h1>Sign out of the Cloud PKI portal?</h1><div class="actions">
<button class="primary" autofocus type="submit" form="op.logoutForm" name="logout" value="yes">Sign out</button>
<button type="submit" form="op.logoutForm">Stay signed in</button></div>`,
  );
}

/** Shown after a logout without a post_logout_redirect_uri. */
export function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  sendPage(ctx, 'Signed out', () => `<h1>You signed out</h1><p>You can close this window.</p><a class="button" href="/">Sign in again</a>`);
}

/** Errors of the browser-facing endpoints (bad authorization requests, expired logins). */
export function renderError(ctx: KoaContextWithOIDC, out: { error: string; error_description?: string }): void {
  sendPage(
    ctx,
    'Sign-in error',
    () => `<h1>Something went wrong</h1><p>${escapeHtml(out.error_description ?? out.error)}</p><a class="button" href="/">Back to the portal</a>`,
  );
}
