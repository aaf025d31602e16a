// A request SCEP refuses with a CertRep FAILURE (RFC 8894 §3.3.2.2) rather than an HTTP error: the
// codec throws this wherever the message is well formed enough to answer but must not be honoured.
import type { FailInfo } from './scep-message-type';

export class ScepFailureError extends Error {
  constructor(
    readonly failInfo: FailInfo,
    message: string,
  ) {
    super(message);
    this.name = 'ScepFailureError';
  }
}
