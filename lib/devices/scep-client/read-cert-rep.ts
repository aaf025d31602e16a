// Reads the CertRep answering a PKCSReq (RFC 8894 §3.3.2) the way the RFC asks a client to: the signature must
// verify and come from the RA or CA the client learnt from GetCACert, the transactionID must be the request's and
// recipientNonce its senderNonce (§3.2.1.5, against replays); then pkiStatus decides. SUCCESS carries a degenerate
// SignedData with the certificate, enveloped to the requester; FAILURE becomes a ScepRequestRefusedError.
import { createPublicKey, X509Certificate } from 'node:crypto';
import { readCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';
import { MalformedScepMessageError } from '@/lib/scep/malformed-scep-message-error';
import { type KeyTransportRecipient, openEnvelopedData } from '@/lib/scep/open-enveloped-data';
import { parsePkiMessage, type PkiMessage } from '@/lib/scep/parse-pki-message';
import { ScepFailureError } from '@/lib/scep/scep-failure-error';
import { MESSAGE_TYPE, PKI_STATUS } from '@/lib/scep/scep-message-type';
import { verifyPkiMessage } from '@/lib/scep/verify-pki-message';
import type { RequesterKey } from './requester-key';
import { ScepProtocolError } from './scep-protocol-error';
import { ScepRequestRefusedError } from './scep-request-refused-error';

export interface CertRepExpectation {
  readonly transactionId: string;
  readonly senderNonce: Uint8Array;
  /** The certificates GetCACert returned: a CertRep is signed by the RA or the CA (§3.3.2). */
  readonly signers: readonly X509Certificate[];
  readonly key: RequesterKey;
  readonly recipient: KeyTransportRecipient;
}

/** lib/scep's codec speaks in ScepFailureError (server refusals); to a client they mean an unusable reply. */
async function asProtocolError<T>(what: string, work: () => T | Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ScepFailureError || error instanceof MalformedScepMessageError) throw new ScepProtocolError(`${what}: ${error.message}`);
    throw error;
  }
}

function checkReplyTo(message: PkiMessage, expected: CertRepExpectation): void {
  if (message.messageType !== MESSAGE_TYPE.CertRep) throw new ScepProtocolError(`The reply has messageType ${message.messageType}, not CertRep`);
  if (message.transactionId !== expected.transactionId) throw new ScepProtocolError('The CertRep answers another transactionID');
  if (!message.recipientNonce || !Buffer.from(message.recipientNonce).equals(expected.senderNonce)) {
    throw new ScepProtocolError('The CertRep recipientNonce is not the request senderNonce');
  }
}

function readCertificates(signedDataDer: Uint8Array): Uint8Array[] {
  try {
    return readCertsOnlyPkcs7(new Uint8Array(signedDataDer));
  } catch {
    throw new ScepProtocolError('The CertRep envelope holds no certificates-only PKCS#7');
  }
}

function issuedCertificateOf(signedDataDer: Uint8Array, key: RequesterKey): Uint8Array {
  const ownKey = createPublicKey(key.privateKey).export({ type: 'spki', format: 'der' });
  const certificates = readCertificates(signedDataDer);
  const issued = certificates.find((der) => new X509Certificate(der).publicKey.export({ type: 'spki', format: 'der' }).equals(ownKey));
  if (!issued) throw new ScepProtocolError('The CertRep holds no certificate for the requested key');
  return issued;
}

/** The DER of the issued certificate. */
export async function readCertRep(der: Uint8Array, expected: CertRepExpectation): Promise<Uint8Array> {
  const message = await asProtocolError('The reply is not a SCEP pkiMessage', () => parsePkiMessage(der));
  const { signerCertificate } = await asProtocolError('The CertRep signature does not verify', () => verifyPkiMessage(message));
  if (!expected.signers.some((signer) => Buffer.from(signer.raw).equals(signerCertificate.raw))) {
    throw new ScepProtocolError('The CertRep is not signed by the RA or CA that GetCACert returned');
  }
  checkReplyTo(message, expected);

  if (message.pkiStatus === String(PKI_STATUS.FAILURE)) throw new ScepRequestRefusedError(message.failInfo, message.failInfoText);
  if (message.pkiStatus === String(PKI_STATUS.PENDING)) {
    throw new ScepProtocolError('The server answered PENDING (manual approval); this client does not poll with CertPoll');
  }
  if (message.pkiStatus !== String(PKI_STATUS.SUCCESS)) throw new ScepProtocolError(`The CertRep has pkiStatus '${message.pkiStatus ?? ''}'`);
  if (!message.content?.length) throw new ScepProtocolError('The SUCCESS CertRep carries no pkcsPKIEnvelope');

  const envelope = await asProtocolError('The CertRep envelope does not open with the requester key', () =>
    openEnvelopedData(message.content ?? new Uint8Array(), expected.recipient),
  );
  return issuedCertificateOf(envelope.content, expected.key);
}
