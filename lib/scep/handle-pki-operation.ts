// PKIOperation (RFC 8894 §3.3, §4.3): authenticate the pkiMessage, open its envelope, hand the CSR
// (PKCSReq §3.3.1, RenewalReq §3.3.1.2) or the poll (CertPoll §3.3.3) to the authority, and answer with
// a CertRep. Every refusal past parsing is a CertRep FAILURE; only a message that is no pkiMessage at
// all throws MalformedScepMessageError (the caller answers 400).
import type { X509Certificate } from 'node:crypto';
import { buildCertRep, type CertRepOutcome } from './build-cert-rep';
import { openEnvelopedData } from './open-enveloped-data';
import { parsePkiMessage, type PkiMessage } from './parse-pki-message';
import { readCertificationRequest } from './read-certification-request';
import { replyCipherFor, type ContentCipher } from './resolve-content-cipher';
import { replyDigestFor } from './resolve-digest-algorithm';
import type { EnrollmentResult, ScepAuthority } from './scep-authority';
import { ScepFailureError } from './scep-failure-error';
import { messageTypeName } from './scep-message-type';
import { verifyPkiMessage } from './verify-pki-message';
import { verifyRenewalSigner } from './verify-renewal-signer';

function toOutcome(result: EnrollmentResult, recipient: X509Certificate, requestCipher: ContentCipher): CertRepOutcome {
  if (result.status !== 'SUCCESS') return result;
  return { status: 'SUCCESS', certificateDer: result.certificateDer, recipient, cipher: replyCipherFor(requestCipher) };
}

async function decide(message: PkiMessage, authority: ScepAuthority): Promise<CertRepOutcome> {
  const { signerCertificate } = verifyPkiMessage(message);
  const messageType = messageTypeName(message.messageType);
  if (messageType !== 'PKCSReq' && messageType !== 'RenewalReq' && messageType !== 'CertPoll') {
    throw new ScepFailureError('badRequest', `messageType ${message.messageType} is not supported`);
  }
  if (!message.content) throw new ScepFailureError('badRequest', 'the message has no pkcsPKIEnvelope');
  const envelope = await openEnvelopedData(message.content, authority.ra);
  const signerCertificateDer = new Uint8Array(signerCertificate.raw);

  if (messageType === 'CertPoll') {
    const result = await authority.poll({ transactionId: message.transactionId, signerCertificateDer });
    return toOutcome(result, signerCertificate, envelope.cipher);
  }
  const csr = readCertificationRequest(envelope.content);
  const isRenewal = messageType === 'RenewalReq';
  if (isRenewal) verifyRenewalSigner(signerCertificate, (await authority.getCaCertificates()).issuing);
  const result = await authority.enroll({
    messageType,
    isRenewal,
    transactionId: message.transactionId,
    csr,
    signerCertificateDer,
  });
  return toOutcome(result, signerCertificate, envelope.cipher);
}

/** The DER CertRep answering `pkiMessageDer`. Errors thrown by the authority propagate unchanged. */
export async function handlePkiOperation(pkiMessageDer: Uint8Array, authority: ScepAuthority): Promise<Uint8Array> {
  const message = parsePkiMessage(pkiMessageDer);
  let outcome: CertRepOutcome;
  try {
    outcome = await decide(message, authority);
  } catch (error) {
    if (!(error instanceof ScepFailureError)) throw error;
    outcome = { status: 'FAILURE', failInfo: error.failInfo, reason: error.message };
  }
  const reply = { transactionId: message.transactionId, recipientNonce: message.senderNonce, digest: replyDigestFor(message.digestAlgorithmOid), outcome };
  return buildCertRep(reply, authority.ra);
}
