// One jose verifier for Entra ID and the embedded provider: signature from the provider's keys,
// RS256 only, issuer, audience and expiry. Anything wrong → 401 with a Graph-style message.
import { decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { BearerTokenError } from './bearer-token-error';
import { principalFromClaims, type Principal } from './principal';

export interface AccessTokenVerifierOptions {
  issuer: string;
  audience: string;
  /** createRemoteJWKSet (Entra) or createLocalJWKSet (embedded provider). */
  keys: JWTVerifyGetKey;
}

export type AccessTokenVerifier = (token: string) => Promise<Principal>;

function failureReason(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'Lifetime validation failed, the token is expired.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'Invalid audience.';
    if (error.claim === 'iss') return 'Invalid issuer.';
    return `Invalid '${error.claim}' claim.`;
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'Invalid signature.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The signing key is not known.';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The signing algorithm is not allowed.';
  return 'The token is malformed.';
}

export function createAccessTokenVerifier(options: AccessTokenVerifierOptions): AccessTokenVerifier {
  return async (token) => {
    let payload;
    try {
      // A token from another issuer is refused before its key is looked up: no fetch of Entra's key set
      // (createRemoteJWKSet) on behalf of arbitrary callers, and a clear 401 even when Entra is unreachable.
      if (decodeJwt(token).iss !== options.issuer) throw new errors.JWTClaimValidationFailed('unexpected "iss" claim value', {}, 'iss', 'check_failed');
      ({ payload } = await jwtVerify(token, options.keys, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['RS256'],
        requiredClaims: ['exp'],
        clockTolerance: 60, // seconds of clock skew between the token issuer and this server
      }));
    } catch (error) {
      // The key set could not be fetched (Entra unreachable, network down): a server fault (500), not the caller's.
      const isKeySetFault = error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid;
      if (isKeySetFault || !(error instanceof errors.JOSEError)) throw error;
      throw new BearerTokenError('invalid_token', `Access token validation failure. ${failureReason(error)}`);
    }
    return principalFromClaims(payload);
  };
}
