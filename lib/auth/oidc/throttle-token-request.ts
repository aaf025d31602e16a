// /oidc/token under the sign-in throttle: failed client authentications (wrong secret, unknown client) count per
// client and per address, and a client or address that must wait gets 429 before its secret is compared.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { replayRequest } from '@/lib/http/replay-request';
import { retryAfterSeconds, type SignInThrottle } from '../throttle/sign-in-throttle';
import { isFormBody, readBodyUpTo } from './read-form-body';
import { tokenRequestClientId } from './token-request-client';

/** oidc-provider's own limit for the bodies it parses. */
const TOKEN_BODY_LIMIT = 56 * 1024;

export interface ThrottledTokenRequest {
  /** The request, its body readable again, for oidc-provider. */
  replay: IncomingMessage;
  /** Counts the provider's answer: 401 is its invalid_client (RFC 6749 §5.2), 200 a successful authentication. */
  recordOutcome(status: number): void;
}

function sendOAuthError(response: ServerResponse, status: number, error: string, description: string, headers: Record<string, string> = {}): void {
  // RFC 6749 §5.2's error body; no-store as for every token endpoint answer (§5.1).
  response
    .writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers })
    .end(JSON.stringify({ error, error_description: description }));
}

/** The request to hand on, or undefined when it has been answered here. */
export async function throttleTokenRequest(
  request: IncomingMessage,
  response: ServerResponse,
  throttle: SignInThrottle,
  address: string,
): Promise<ThrottledTokenRequest | undefined> {
  const body = await readBodyUpTo(request, TOKEN_BODY_LIMIT);
  if (!body) {
    sendOAuthError(response, 413, 'invalid_request', `The request body is larger than ${TOKEN_BODY_LIMIT} bytes.`, { Connection: 'close' });
    return undefined;
  }
  const clientId = tokenRequestClientId(request.headers, isFormBody(request) ? new URLSearchParams(body.toString('utf8')) : new URLSearchParams());
  const replay = replayRequest(request, body);
  // No client named: oidc-provider answers invalid_request, which authenticates nobody and is not counted.
  if (clientId === undefined) return { replay, recordOutcome: () => undefined };

  const attempt = { clientId, address };
  const decision = throttle.check(attempt);
  if (!decision.isAllowed) {
    const seconds = retryAfterSeconds(decision.retryAfterMs);
    // RFC 6749 §5.2 lists no code for "too many attempts"; temporarily_unavailable (§4.1.2.1) is the registered
    // one that means "try later", as Entra ID answers throttled token requests [unverified], and Retry-After
    // (RFC 6585 §4) says when.
    sendOAuthError(response, 429, 'temporarily_unavailable', `Too many failed client authentications. Try again in ${seconds} s.`, {
      'Retry-After': String(seconds),
    });
    return undefined;
  }
  return {
    replay,
    recordOutcome: (status) => {
      // Counted after the answer, so requests sent all at once are each compared before the first failure counts:
      // the bound is per burst then, and a secret of at least 16 characters (env.ts) is not found in bursts.
      if (status === 401) throttle.recordFailure(attempt);
      else if (status === 200) throttle.recordSuccess(attempt);
    },
  };
}
