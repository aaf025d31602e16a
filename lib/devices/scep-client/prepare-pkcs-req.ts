// Everything a PKCSReq needs before it is sent (RFC 8894 §3.3.1): a CSR with the challenge, signed by a throw-away
// self-signed certificate of the same key (§2.3), enveloped to the RA, plus what the CertRep must then match —
// its transactionID, our senderNonce as recipientNonce, a signer GetCACert named, our key as recipient.
import { createHash, createPublicKey, randomBytes } from 'node:crypto';
import type { SubjectAlternativeName } from '@/lib/pki/subject-alternative-names';
import type { x509 } from '@/lib/pki/x509';
import { buildCertificationRequest } from './build-certification-request';
import { buildPkcsReq } from './build-pkcs-req';
import { buildSelfSignedCertificate } from './build-self-signed-certificate';
import type { ScepServer } from './discover-scep-server';
import type { CertRepExpectation } from './read-cert-rep';
import type { RequesterKey } from './requester-key';
import { requesterRecipient } from './requester-recipient';

export interface ScepEnrollmentRequest {
  readonly key: RequesterKey;
  readonly subject: x509.Name;
  readonly subjectAlternativeNames: readonly SubjectAlternativeName[];
  readonly challengePassword: string;
}

export interface PreparedPkcsReq {
  /** The DER pkiMessage. */
  readonly message: Uint8Array;
  readonly expectation: CertRepExpectation;
}

export async function preparePkcsReq(server: ScepServer, request: ScepEnrollmentRequest): Promise<PreparedPkcsReq> {
  const { key } = request;
  const csrDer = await buildCertificationRequest(request);
  const signerCertificateDer = await buildSelfSignedCertificate(key, request.subject);
  // §3.2.1.1: the transactionID SHOULD be a hash of the public key; §3.2.1.5: a fresh 16-byte senderNonce.
  const spki = createPublicKey(key.privateKey).export({ type: 'spki', format: 'der' });
  const transactionId = createHash('sha256').update(spki).digest('hex').toUpperCase();
  const senderNonce = new Uint8Array(randomBytes(16));
  const message = await buildPkcsReq({ csrDer, ra: server.ra, key, signerCertificateDer, transactionId, senderNonce, cipher: server.cipher, digest: server.digest });
  return {
    message,
    expectation: { transactionId, senderNonce, signers: [server.ra, ...server.caCertificates], key, recipient: requesterRecipient(key, signerCertificateDer) },
  };
}
