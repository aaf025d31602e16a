// Names shared by the embedded provider, the browser (MSAL) and the API verifier. They mirror an Entra
// app registration that "exposes an API" as api://<app id> with the delegated scope Cpki.Access.

/** The embedded provider's resource indicator (RFC 8707) and the `aud` of its access tokens. */
export const LOCAL_API_AUDIENCE = 'api://cloudpki';

/** The delegated scope every user token for the API must carry. */
export const API_SCOPE_NAME = 'Cpki.Access';

/** The public SPA client of the embedded provider (MSAL in the browser). */
export const PORTAL_CLIENT_ID = 'cloudpki-portal';

/** Where server.ts mounts the embedded provider; its issuer is `${PUBLIC_URL}${OIDC_MOUNT_PATH}`. */
export const OIDC_MOUNT_PATH = '/oidc';

/** The fully qualified scope a client requests: `api://cloudpki/Cpki.Access` or `api://<api app id>/Cpki.Access`. */
export function apiScopeOf(audienceUri: string): string {
  return `${audienceUri}/${API_SCOPE_NAME}`;
}
