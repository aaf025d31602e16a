// Which identity provider signs users in, and what its tokens look like. One decision from the environment,
// read by the API verifier, the browser configuration and server.ts.
import type { Env } from '@/lib/env';
import { apiScopeOf, LOCAL_API_AUDIENCE, OIDC_MOUNT_PATH } from './api-resource';

export type IdentityProviderSettings =
  | {
      mode: 'local';
      /** The embedded provider; tokens carry this `iss` whatever host the browser used. */
      issuer: string;
      audience: string;
      /** Fully qualified API scope the SPA requests. */
      scope: string;
    }
  | {
      mode: 'entra';
      tenantId: string;
      /** The SPA app registration (MSAL's clientId). */
      clientId: string;
      /** v2 tokens: `iss` names the tenant, so checking it also pins the tenant. */
      issuer: string;
      /** v2 access tokens carry the API app's client id GUID as `aud` (manifest requestedAccessTokenVersion: 2). */
      audience: string;
      scope: string;
      authority: string;
      jwksUri: string;
    };

type IdentityEnv = Pick<Env, 'PUBLIC_URL' | 'ENTRA_TENANT_ID' | 'ENTRA_CLIENT_ID' | 'ENTRA_API_CLIENT_ID'>;

export function getIdentityProviderSettings(env: IdentityEnv): IdentityProviderSettings {
  if (env.ENTRA_TENANT_ID && env.ENTRA_CLIENT_ID) {
    const tenantId = env.ENTRA_TENANT_ID;
    const apiClientId = env.ENTRA_API_CLIENT_ID ?? env.ENTRA_CLIENT_ID;
    return {
      mode: 'entra',
      tenantId,
      clientId: env.ENTRA_CLIENT_ID,
      issuer: `https://login.microsoftonline.com/${tenantId}/v2.0`,
      audience: apiClientId,
      scope: apiScopeOf(`api://${apiClientId}`),
      authority: `https://login.microsoftonline.com/${tenantId}`,
      jwksUri: `https://login.microsoftonline.com/${tenantId}/discovery/v2.0/keys`,
    };
  }
  return {
    mode: 'local',
    issuer: `${env.PUBLIC_URL}${OIDC_MOUNT_PATH}`,
    audience: LOCAL_API_AUDIENCE,
    scope: apiScopeOf(LOCAL_API_AUDIENCE),
  };
}
