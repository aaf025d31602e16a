// A refused bearer token: the Graph error body plus the RFC 6750 §3 challenge that tells the client why.
import { GraphError } from '@/lib/graph/graph-error';

/** RFC 6750 §3.1 error codes; none when the request carried no token at all (§3.1, last paragraph). */
export type BearerErrorCode = 'invalid_token' | 'insufficient_scope';

export class BearerTokenError extends GraphError {
  constructor(
    readonly bearerError: BearerErrorCode | undefined,
    message: string,
  ) {
    super(bearerError === 'insufficient_scope' ? 'Forbidden' : 'Unauthorized', message);
  }

  /** The WWW-Authenticate value: `Bearer`, with error and error_description when the token was wrong. */
  get challenge(): string {
    if (!this.bearerError) return 'Bearer realm="Cloud PKI portal"';
    // §3: error_description is a quoted-string of printable ASCII without '"' and '\'.
    const description = this.message.replace(/[^\x20-\x7e]|["\\]/g, '');
    return `Bearer realm="Cloud PKI portal", error="${this.bearerError}", error_description="${description}"`;
  }
}
