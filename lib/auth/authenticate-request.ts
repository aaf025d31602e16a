// Bearer token → Principal for every API request (RFC 6750 §2.1). Route handlers reach it through graphRoute.
import { createLocalJWKSet, createRemoteJWKSet } from 'jose';
import { getEnv, type Env } from '@/lib/env';
import { BearerTokenError } from './bearer-token-error';
import { createAccessTokenVerifier, type AccessTokenVerifier } from './create-access-token-verifier';
import { getIdentityProviderSettings } from './identity-provider-settings';
import type { Principal } from './principal';
import { getOidcPublicKeys } from './oidc/oidc-public-keys';

export type { Principal } from './principal';

function createConfiguredVerifier(env: Env): AccessTokenVerifier {
  const settings = getIdentityProviderSettings(env);
  // Entra: jose fetches and caches the tenant's keys and refetches on an unknown kid (key rollover).
  // Embedded provider: the in-process public keys server.ts loaded before listening (see oidc-public-keys.ts).
  const keys =
    settings.mode === 'entra' ? createRemoteJWKSet(new URL(settings.jwksUri)) : createLocalJWKSet(getOidcPublicKeys());
  return createAccessTokenVerifier({ issuer: settings.issuer, audience: settings.audience, keys });
}

// Module scope: one verifier (and one key cache) per process.
let verifier: AccessTokenVerifier | undefined;

export function bearerTokenOf(authorization: string | null): string {
  const match = /^Bearer +([A-Za-z0-9\-._~+/]+=*) *$/i.exec(authorization ?? '');
  if (!match?.[1]) throw new BearerTokenError(undefined, 'Access token is empty.');
  return match[1];
}

/** Verifies the request's bearer token; throws BearerTokenError: 'Unauthorized' (401) or 'Forbidden' (403, no API scope). */
export async function authenticateRequest(request: Request): Promise<Principal> {
  const token = bearerTokenOf(request.headers.get('authorization'));
  verifier ??= createConfiguredVerifier(getEnv());
  return verifier(token);
}
