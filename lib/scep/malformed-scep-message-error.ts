// A message that is not a SCEP PKIMessage at all (not CMS SignedData, or without the transactionID and
// senderNonce a CertRep must echo, RFC 8894 §3.2.1): there is nobody to reply to, so the endpoint answers 400.

export class MalformedScepMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedScepMessageError';
  }
}
