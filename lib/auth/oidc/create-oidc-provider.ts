// The embedded OpenID provider (oidc-provider 9) that stands in for Entra ID when ENTRA_* is unset.
// The comments below say which settings MSAL depends on, and why.
import Provider, { errors, type Configuration, type KoaContextWithOIDC } from 'oidc-provider';
import type { Env } from '@/lib/env';
import { apiScopeOf, LOCAL_API_AUDIENCE, OIDC_MOUNT_PATH } from '../api-resource';
import { DatabaseOidcAdapter } from './database-oidc-adapter';
import { expandDefaultScope } from './expand-default-scope';
import { extraTokenClaims, findOidcAccount, OIDC_CLAIMS } from './oidc-account-claims';
import { oidcClients } from './oidc-clients';
import type { OidcKeys } from './oidc-key-file';
import { logoutSource, postLogoutSuccessSource, renderError } from './oidc-pages';
import { portalOrigins } from './portal-origins';

const API_SCOPE = apiScopeOf(LOCAL_API_AUDIENCE);

type ProviderEnv = Pick<Env, 'PUBLIC_URL' | 'PORT' | 'AUTOMATION_CLIENT_ID' | 'AUTOMATION_CLIENT_SECRET'>;

/** Sign-in is the portal's own (first-party) app: grant the API without a consent screen. */
async function loadExistingGrant(ctx: KoaContextWithOIDC) {
  const { client, session, result } = ctx.oidc;
  if (!client || !session?.accountId) return undefined;
  const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId);
  const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
  if (existing) return existing;
  const grant = new ctx.oidc.provider.Grant({ clientId: client.clientId, accountId: session.accountId });
  grant.addOIDCScope('openid profile offline_access');
  grant.addResourceScope(LOCAL_API_AUDIENCE, API_SCOPE);
  await grant.save();
  return grant;
}

export function createOidcProvider(env: ProviderEnv, keys: OidcKeys): Provider {
  const origins = portalOrigins(env.PUBLIC_URL, env.PORT);
  const automation =
    env.AUTOMATION_CLIENT_ID && env.AUTOMATION_CLIENT_SECRET
      ? { clientId: env.AUTOMATION_CLIENT_ID, clientSecret: env.AUTOMATION_CLIENT_SECRET }
      : undefined;

  const configuration: Configuration = {
    // Sessions, grants and tokens in the database: they survive restarts and are shared by every instance.
    adapter: DatabaseOidcAdapter,
    clients: oidcClients(origins, automation),
    jwks: keys.jwks,
    cookies: { keys: keys.cookieKeys },
    findAccount: findOidcAccount,
    claims: OIDC_CLAIMS,
    conformIdTokenClaims: false, // put name/preferred_username into the ID token, where MSAL reads them
    extraTokenClaims,
    loadExistingGrant,
    // Refresh tokens without offline_access (MSAL requests only openid profile, see msal-configuration.ts).
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
    // MSAL calls the token endpoint with fetch(); the portal is same-origin, but browsers still send Origin.
    clientBasedCORS: (_ctx, origin) => origins.includes(origin),
    // /oidc/interaction/:uid is answered by server.ts (redirect to the Next page /login/:uid). It stays under
    // /oidc because oidc-provider scopes the interaction cookie to this path, and the login form posts below it.
    interactions: { url: (_ctx, interaction) => `${OIDC_MOUNT_PATH}/interaction/${interaction.uid}` },
    renderError,
    // Seconds. Access tokens about as long as Entra's (60–90 min); refresh tokens, sessions and grants 24 h,
    // like Entra's refresh tokens for SPAs.
    ttl: {
      AccessToken: 3600,
      ClientCredentials: 3600,
      IdToken: 3600,
      Interaction: 3600,
      RefreshToken: 86_400,
      Session: 86_400,
      Grant: 86_400,
    },
    features: {
      devInteractions: { enabled: false },
      clientCredentials: { enabled: automation !== undefined },
      rpInitiatedLogout: { enabled: true, logoutSource, postLogoutSuccessSource },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => LOCAL_API_AUDIENCE, // MSAL never sends resource=
        useGrantedResource: () => true, // refresh without resource=
        getResourceServerInfo: (ctx, resourceIndicator) => {
          if (resourceIndicator !== LOCAL_API_AUDIENCE) throw new errors.InvalidTarget();
          // Called before the token endpoint filters the requested scopes against this resource's scopes.
          if (ctx.oidc.params?.scope) {
            ctx.oidc.params.scope = expandDefaultScope(String(ctx.oidc.params.scope), LOCAL_API_AUDIENCE, [API_SCOPE]);
          }
          // JWT, not the default opaque token, so the API can verify it offline.
          return { scope: API_SCOPE, audience: LOCAL_API_AUDIENCE, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
  };

  const provider = new Provider(`${env.PUBLIC_URL}${OIDC_MOUNT_PATH}`, configuration);
  // server.ts speaks plain HTTP; an https PUBLIC_URL means TLS ends at a reverse proxy, so trust X-Forwarded-*.
  provider.proxy = new URL(env.PUBLIC_URL).protocol === 'https:';
  provider.on('server_error', (_ctx, error) => console.error('Sign-in (oidc-provider) error', error));
  return provider;
}
