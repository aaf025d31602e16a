// Hands the embedded provider's public signing keys from server.ts to the API verifier.
// Why globalThis: server.ts (under tsx) loads the keys, while route handlers run in Turbopack's bundle with
// their own copy of lib/auth — a module variable would not be shared (the same reason as lib/db/database.ts).
// In-process keys also spare the verifier an HTTP call to our own /oidc/jwks, which would depend on the
// listen address and on PUBLIC_URL being reachable from this machine (not true behind a reverse proxy).
import type { JSONWebKeySet, JWK } from 'jose';
import type { OidcKeys } from './oidc-key-file';

const GLOBAL_KEY = '__cloudPkiOidcPublicJwks';
type GlobalWithJwks = typeof globalThis & { [GLOBAL_KEY]?: JSONWebKeySet };

export function publishOidcPublicKeys(keys: OidcKeys): void {
  const publicKeys = keys.jwks.keys.map(({ kty, kid, n, e }): JWK => ({ kty, kid, n, e, alg: 'RS256', use: 'sig' }));
  (globalThis as GlobalWithJwks)[GLOBAL_KEY] = { keys: publicKeys };
}

export function getOidcPublicKeys(): JSONWebKeySet {
  const jwks = (globalThis as GlobalWithJwks)[GLOBAL_KEY];
  if (!jwks) throw new Error('The sign-in keys are not loaded: start the portal with server.ts (tsx server.ts).');
  return jwks;
}
