// The CertRep reply (RFC 8894 §3.3.2): a pkiMessage with messageType 3, the pkiStatus, the request's
// transactionID, recipientNonce = the request's senderNonce, a fresh senderNonce, and failInfo on
// FAILURE. SUCCESS envelopes a degenerate SignedData with the issued certificate to the requester;
// FAILURE and PENDING carry an empty eContent (present, for certmonger).
import { randomBytes, type X509Certificate } from 'node:crypto';
import { buildCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';
import { buildEnvelopedData } from './build-enveloped-data';
import { derAttribute, derOctetString, derPrintableString, derUtf8String } from '@/lib/pki/der-writer';
import type { RegistrationAuthority } from './registration-authority';
import type { ContentCipher } from './resolve-content-cipher';
import type { ReplyDigest } from './resolve-digest-algorithm';
import { FAIL_INFO, MESSAGE_TYPE, PKI_STATUS, type FailInfo } from './scep-message-type';
import { SCEP_ATTRIBUTE } from './scep-oids';
import { signPkiMessage } from './sign-pki-message';

export type CertRepOutcome =
  | { readonly status: 'SUCCESS'; readonly certificateDer: Uint8Array; readonly recipient: X509Certificate; readonly cipher: ContentCipher }
  | { readonly status: 'FAILURE'; readonly failInfo: FailInfo; readonly reason: string }
  | { readonly status: 'PENDING' };

export interface CertRepInput {
  readonly transactionId: string;
  /** The request's senderNonce, echoed as recipientNonce (RFC 8894 §3.2.1.5). */
  readonly recipientNonce: Uint8Array;
  readonly digest: ReplyDigest;
  readonly outcome: CertRepOutcome;
}

function outcomeAttributes(outcome: CertRepOutcome): Uint8Array[] {
  const status = derAttribute(SCEP_ATTRIBUTE.pkiStatus, derPrintableString(String(PKI_STATUS[outcome.status])));
  if (outcome.status !== 'FAILURE') return [status];
  return [
    status,
    derAttribute(SCEP_ATTRIBUTE.failInfo, derPrintableString(String(FAIL_INFO[outcome.failInfo]))),
    derAttribute(SCEP_ATTRIBUTE.failInfoText, derUtf8String(outcome.reason)), // RFC 8894 §3.2.1.4.4
  ];
}

export function buildCertRep(input: CertRepInput, ra: RegistrationAuthority): Promise<Uint8Array> {
  const { outcome } = input;
  const content =
    outcome.status === 'SUCCESS'
      ? buildEnvelopedData(buildCertsOnlyPkcs7([outcome.certificateDer]), outcome.recipient, outcome.cipher)
      : new Uint8Array();
  const attributes = [
    derAttribute(SCEP_ATTRIBUTE.messageType, derPrintableString(String(MESSAGE_TYPE.CertRep))),
    derAttribute(SCEP_ATTRIBUTE.transactionId, derPrintableString(input.transactionId)),
    derAttribute(SCEP_ATTRIBUTE.recipientNonce, derOctetString(input.recipientNonce)),
    derAttribute(SCEP_ATTRIBUTE.senderNonce, derOctetString(randomBytes(16))),
    ...outcomeAttributes(outcome),
  ];
  return signPkiMessage({ content, attributes, digest: input.digest }, ra);
}
