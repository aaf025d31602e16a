// Reads a SCEP pkiMessage (RFC 8894 §3.2): a CMS SignedData (RFC 5652 §5), BER accepted, whose signed
// attributes carry messageType, transactionID and senderNonce and whose id-data content is the
// pkcsPKIEnvelope; a CertRep (§3.3.2) adds pkiStatus, recipientNonce and on FAILURE failInfo and failInfoText,
// which a client reads (lib/devices/scep-client). Structure only: the signature is checked by verifyPkiMessage.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { checkBerShape } from '@/lib/pki/check-ber-shape';
import { isStorableText } from '@/lib/text/storable-text';
import { findSignerCertificate } from './find-signer-certificate';
import { MalformedScepMessageError } from './malformed-scep-message-error';
import { readDirectoryString } from '@/lib/pki/read-directory-string';
import { CMS_ATTRIBUTE, CONTENT_TYPE, SCEP_ATTRIBUTE } from './scep-oids';

export interface PkiMessage {
  /** RFC 8894 §3.2.1.2 messageType, as sent. */
  readonly messageType: number;
  readonly transactionId: string;
  readonly senderNonce: Uint8Array;
  /** CertRep only (RFC 8894 §3.2.1.5): the request's senderNonce, echoed. */
  readonly recipientNonce: Uint8Array | undefined;
  /** CertRep only (§3.2.1.3, §3.2.1.4): the decimal pkiStatus and failInfo as sent, and the failInfoText. */
  readonly pkiStatus: string | undefined;
  readonly failInfo: string | undefined;
  readonly failInfoText: string | undefined;
  readonly digestAlgorithmOid: string;
  readonly signatureAlgorithmOid: string;
  readonly signature: Uint8Array;
  /** The signed attributes as a SET OF, the bytes the signature covers (RFC 5652 §5.4). */
  readonly signedAttributes: Uint8Array;
  readonly messageDigest: Uint8Array | undefined;
  readonly content: Uint8Array | undefined;
  readonly signerCertificateDer: Uint8Array | undefined;
}

function readSignedData(der: Uint8Array): pkijs.SignedData {
  try {
    checkBerShape(der); // depth and lengths before asn1js recurses into them
    const asn1 = asn1js.fromBER(der);
    if (asn1.offset === -1) throw new Error('the message is not BER/DER');
    const contentInfo = new pkijs.ContentInfo({ schema: asn1.result });
    if (contentInfo.contentType !== CONTENT_TYPE.signedData) throw new Error(`content type ${contentInfo.contentType}`);
    return new pkijs.SignedData({ schema: contentInfo.content });
  } catch (error) {
    throw new MalformedScepMessageError(`the message is not a PKCS#7 SignedData (${(error as Error).message})`);
  }
}

function octetsOf(block: asn1js.BaseBlock | undefined): Uint8Array | undefined {
  return block instanceof asn1js.OctetString ? new Uint8Array(block.getValue()) : undefined;
}

/**
 * RFC 8894 §3.2.1.1: a transactionID is a printable string — a hash in hex, or base64. A CertRep echoes it and the
 * service stores it, so one with control characters (a NUL), invalid UTF-8 or of absurd length makes the message malformed.
 */
const MAX_TRANSACTION_ID_LENGTH = 255;
const isTransactionId = (value: string) => value.length <= MAX_TRANSACTION_ID_LENGTH && isStorableText(value) && !/[\p{Cc}]/u.test(value);

/** Throws MalformedScepMessageError for anything that is not a pkiMessage, whatever the decoders throw. */
export function parsePkiMessage(der: Uint8Array): PkiMessage {
  try {
    return readPkiMessage(der);
  } catch (error) {
    if (error instanceof MalformedScepMessageError) throw error;
    throw new MalformedScepMessageError(`the message cannot be decoded (${(error as Error).message})`);
  }
}

function readPkiMessage(der: Uint8Array): PkiMessage {
  const signedData = readSignedData(der);
  const signerInfo = signedData.signerInfos[0];
  if (!signerInfo?.signedAttrs) throw new MalformedScepMessageError('the SignedData has no signer with signed attributes');
  const attributes = signerInfo.signedAttrs.attributes;
  const valueOf = (oid: string): asn1js.BaseBlock | undefined =>
    attributes.find((attribute) => attribute.type === oid)?.values[0] as asn1js.BaseBlock | undefined;
  const text = (oid: string): string | undefined => {
    const value = valueOf(oid);
    return value && readDirectoryString(value);
  };

  const messageType = Number.parseInt(text(SCEP_ATTRIBUTE.messageType) ?? '', 10);
  const transactionId = text(SCEP_ATTRIBUTE.transactionId);
  const senderNonce = octetsOf(valueOf(SCEP_ATTRIBUTE.senderNonce));
  if (Number.isNaN(messageType) || !transactionId || !senderNonce) {
    throw new MalformedScepMessageError('the SignedData lacks the SCEP messageType, transactionID or senderNonce attribute');
  }
  if (!isTransactionId(transactionId)) {
    throw new MalformedScepMessageError(`the transactionID is not printable text of at most ${MAX_TRANSACTION_ID_LENGTH} characters`);
  }

  return {
    messageType,
    transactionId,
    senderNonce,
    recipientNonce: octetsOf(valueOf(SCEP_ATTRIBUTE.recipientNonce)),
    pkiStatus: text(SCEP_ATTRIBUTE.pkiStatus),
    failInfo: text(SCEP_ATTRIBUTE.failInfo),
    failInfoText: text(SCEP_ATTRIBUTE.failInfoText),
    digestAlgorithmOid: signerInfo.digestAlgorithm.algorithmId,
    signatureAlgorithmOid: signerInfo.signatureAlgorithm.algorithmId,
    signature: new Uint8Array(signerInfo.signature.getValue()),
    signedAttributes: new Uint8Array(signerInfo.signedAttrs.encodedValue),
    messageDigest: octetsOf(valueOf(CMS_ATTRIBUTE.messageDigest)),
    content: octetsOf(signedData.encapContentInfo.eContent),
    signerCertificateDer: findSignerCertificate(signedData, signerInfo.sid),
  };
}
