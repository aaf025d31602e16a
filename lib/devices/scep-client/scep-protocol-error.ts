// A SCEP exchange that produced no usable answer: the server was unreachable, answered an HTTP error, or sent a
// reply that fails the client's checks (signature, transactionID, nonces; RFC 8894 §3.2, §3.3.2). A FAILURE reply,
// a well-formed refusal, is a ScepRequestRefusedError instead.
export class ScepProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScepProtocolError';
  }
}
