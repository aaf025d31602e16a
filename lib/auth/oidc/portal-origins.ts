// The origins a browser may load the portal from. PUBLIC_URL is the canonical one; the loopback names are
// always allowed too, because MSAL needs a secure context and http://localhost and http://127.0.0.1 are the
// only http origins that are one, and a test or an admin on the box may use either. Cookies are
// per host, so the sign-in must complete on the host the browser started on — hence every redirect URI
// exists for each origin, and the browser computes its authority from its own origin (msal-configuration.ts).
export function portalOrigins(publicUrl: string, port: number): string[] {
  return [...new Set([new URL(publicUrl).origin, `http://localhost:${port}`, `http://127.0.0.1:${port}`])];
}
