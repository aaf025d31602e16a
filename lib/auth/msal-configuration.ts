// MSAL (browser) configuration for both identity providers — one code path.
import { ProtocolMode, type Configuration } from '@azure/msal-browser';
import { OIDC_MOUNT_PATH } from './api-resource';
import type { ClientAuthConfig } from './client-auth-config';

interface MsalAuthority {
  authority: string;
  knownAuthorities: string[];
  authorityMetadata?: string;
}

/**
 * The embedded provider as MSAL sees it. MSAL rejects http: authorities, localhost included, but only
 * checks the scheme of the authority string: with inline metadata it neither fetches discovery nor checks the
 * endpoints' scheme or the issuer, so an https *name* with http *endpoints* works on http://localhost.
 * knownAuthorities keeps MSAL away from Microsoft's instance discovery, which fails offline.
 */
export function localMsalAuthority(origin: string): MsalAuthority {
  const { host } = new URL(origin);
  const base = `${origin}${OIDC_MOUNT_PATH}`;
  return {
    authority: `https://${host}${OIDC_MOUNT_PATH}`,
    knownAuthorities: [host],
    authorityMetadata: JSON.stringify({
      issuer: base,
      authorization_endpoint: `${base}/auth`,
      token_endpoint: `${base}/token`,
      end_session_endpoint: `${base}/session/end`,
      jwks_uri: `${base}/jwks`,
    }),
  };
}

/** `origin` is window.location.origin: redirects come back to the host the browser is on. */
export function createMsalConfiguration(config: ClientAuthConfig, origin: string): Configuration {
  const isLocal = config.mode === 'local';
  const authority: MsalAuthority = isLocal ? localMsalAuthority(origin) : { authority: config.authority, knownAuthorities: [] };
  return {
    auth: {
      clientId: config.clientId,
      ...authority,
      redirectUri: `${origin}/auth/redirect`, // MSAL v5 redirect-bridge page
      postLogoutRedirectUri: `${origin}/`,
      // oidc-provider drops offline_access without prompt=consent and refresh would then fail.
      ...(isLocal ? { OIDCOptions: { defaultScopes: ['openid', 'profile'] } } : {}),
    },
    cache: { cacheLocation: 'sessionStorage' },
    // In v5 protocolMode lives under system, not auth (v4 → v5 migration guide).
    system: { protocolMode: isLocal ? ProtocolMode.OIDC : ProtocolMode.AAD },
  };
}
