// What the browser needs to sign in, computed from the server's environment at request time (the portal
// layout awaits connection()) and passed to <AuthProvider> as a plain serializable object.
import 'server-only';
import { getEnv } from '@/lib/env';
import { PORTAL_CLIENT_ID } from './api-resource';
import { getIdentityProviderSettings } from './identity-provider-settings';

export type ClientAuthConfig =
  | {
      /**
       * The embedded provider at /oidc on the page's own origin. The authority is derived in the browser from
       * window.location.origin (see msal-configuration.ts), not from PUBLIC_URL: the browser may be on
       * http://127.0.0.1:PORT while PUBLIC_URL says http://localhost:PORT, and the sign-in cookies only
       * work on the host the browser is on.
       */
      mode: 'local';
      clientId: string;
      scopes: string[];
    }
  | {
      mode: 'entra';
      clientId: string;
      /** https://login.microsoftonline.com/<tenant id> */
      authority: string;
      scopes: string[];
    };

export function getClientAuthConfig(): ClientAuthConfig {
  const settings = getIdentityProviderSettings(getEnv());
  if (settings.mode === 'entra') {
    return { mode: 'entra', clientId: settings.clientId, authority: settings.authority, scopes: [settings.scope] };
  }
  return { mode: 'local', clientId: PORTAL_CLIENT_ID, scopes: [settings.scope] };
}
