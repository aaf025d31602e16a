// The embedded provider's two clients: the portal SPA (MSAL, public, PKCE) and, when configured, the
// automation client for scripts (client credentials, like an Entra app registration with a secret).
import type { ClientMetadata } from 'oidc-provider';
import { PORTAL_CLIENT_ID } from '../api-resource';

export interface AutomationCredentials {
  clientId: string;
  clientSecret: string;
}

export function oidcClients(origins: readonly string[], automation: AutomationCredentials | undefined): ClientMetadata[] {
  const portal: ClientMetadata = {
    client_id: PORTAL_CLIENT_ID,
    client_name: 'Cloud PKI portal',
    application_type: 'web',
    token_endpoint_auth_method: 'none', // a browser cannot keep a secret; PKCE protects the code (RFC 7636)
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
    // /auth/redirect is MSAL v5's redirect-bridge page; "/" is where logout returns.
    redirect_uris: origins.flatMap((origin) => [`${origin}/auth/redirect`, `${origin}/`]),
    post_logout_redirect_uris: origins.map((origin) => `${origin}/`),
  };
  if (!automation) return [portal];
  return [
    portal,
    {
      client_id: automation.clientId,
      client_secret: automation.clientSecret,
      client_name: 'Automation',
      token_endpoint_auth_method: 'client_secret_post',
      grant_types: ['client_credentials'],
      response_types: [],
      redirect_uris: [],
    },
  ];
}
