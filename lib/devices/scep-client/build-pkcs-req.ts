// A PKCSReq pkiMessage (RFC 8894 §3.3.1): the CSR enveloped to the RA (§3.2.2, RSA PKCS#1 v1.5 key transport), in
// a SignedData signed by the requester's self-signed certificate with the signed attributes messageType,
// transactionID and senderNonce (§3.2.1). lib/scep's builders do the CMS, as they do for the server's replies.
import { sign, type X509Certificate } from 'node:crypto';
import { buildEnvelopedData } from '@/lib/scep/build-enveloped-data';
import { derAttribute, derOctetString, derPrintableString } from '@/lib/pki/der-writer';
import type { ContentCipher } from '@/lib/scep/resolve-content-cipher';
import { nodeHashName, type ReplyDigest } from '@/lib/scep/resolve-digest-algorithm';
import { MESSAGE_TYPE } from '@/lib/scep/scep-message-type';
import { SCEP_ATTRIBUTE } from '@/lib/scep/scep-oids';
import { signPkiMessage } from '@/lib/scep/sign-pki-message';
import type { RequesterKey } from './requester-key';

export interface PkcsReqInput {
  readonly csrDer: Uint8Array;
  readonly ra: X509Certificate;
  readonly key: RequesterKey;
  readonly signerCertificateDer: Uint8Array;
  readonly transactionId: string;
  readonly senderNonce: Uint8Array;
  readonly cipher: ContentCipher;
  readonly digest: ReplyDigest;
}

export function buildPkcsReq(input: PkcsReqInput): Promise<Uint8Array> {
  const envelope = buildEnvelopedData(input.csrDer, input.ra, input.cipher);
  const attributes = [
    derAttribute(SCEP_ATTRIBUTE.messageType, derPrintableString(String(MESSAGE_TYPE.PKCSReq))),
    derAttribute(SCEP_ATTRIBUTE.transactionId, derPrintableString(input.transactionId)),
    derAttribute(SCEP_ATTRIBUTE.senderNonce, derOctetString(input.senderNonce)),
  ];
  const signer = {
    certificateDer: input.signerCertificateDer,
    sign: async (hash: ReplyDigest, data: Uint8Array) => sign(nodeHashName(hash), data, input.key.privateKey),
  };
  return signPkiMessage({ content: envelope, attributes, digest: input.digest }, signer);
}
