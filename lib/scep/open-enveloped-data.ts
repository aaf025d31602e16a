// Opens the pkcsPKIEnvelope (RFC 8894 §3.2.2): a CMS EnvelopedData (RFC 5652 §6) whose content
// key is RSA-transported to the RA certificate (a request) or to the requester's certificate (a CertRep, which
// lib/devices/scep-client opens). The recipient port unwraps the key (the RA's private key never leaves the
// KeyStore); the content is decrypted here with node:crypto.
import { createDecipheriv } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { checkBerShape } from '@/lib/pki/check-ber-shape';
import { memoizePerObject } from '@/lib/pki/memoize-per-object';
import { isCertificateNamedBy } from './is-certificate-named-by';
import type { RegistrationAuthority } from './registration-authority';
import { resolveContentCipher, type ContentCipher } from './resolve-content-cipher';
import { resolveKeyTransport } from './resolve-key-transport';
import { CONTENT_TYPE } from './scep-oids';
import { ScepFailureError } from './scep-failure-error';

export interface OpenedEnvelope {
  readonly content: Uint8Array;
  /** The request's content cipher; the reply reuses it when it is AES (RFC 8894 §3.3.2). */
  readonly cipher: ContentCipher;
}

function readEnvelopedData(der: Uint8Array): pkijs.EnvelopedData {
  try {
    checkBerShape(der);
    const contentInfo = pkijs.ContentInfo.fromBER(new Uint8Array(der));
    if (contentInfo.contentType !== CONTENT_TYPE.envelopedData) throw new Error(`content type ${contentInfo.contentType}`);
    return new pkijs.EnvelopedData({ schema: contentInfo.content });
  } catch (error) {
    throw new ScepFailureError('badRequest', `the pkcsPKIEnvelope is not a CMS EnvelopedData (${(error as Error).message})`);
  }
}

// The RA certificate is the same object for every request to a CA (lib/services/scep/scep-ca-material.ts).
const parseCertificate = memoizePerObject((der: Uint8Array) => pkijs.Certificate.fromBER(new Uint8Array(der)));

/** Whose key unwraps the content key: the RA port, or any holder of a certificate and its RSA key. */
export type KeyTransportRecipient = Pick<RegistrationAuthority, 'certificateDer' | 'decryptKey'>;

/** The key-transport recipient addressed to the RA certificate, or else the first one (an unmatched identifier then fails as decryption). */
function findRecipient(envelope: pkijs.EnvelopedData, raCertificateDer: Uint8Array): pkijs.KeyTransRecipientInfo {
  const recipients = envelope.recipientInfos
    .map((recipientInfo) => recipientInfo.value)
    .filter((value): value is pkijs.KeyTransRecipientInfo => value instanceof pkijs.KeyTransRecipientInfo);
  const raCertificate = parseCertificate(raCertificateDer);
  const recipient = recipients.find((candidate) => isCertificateNamedBy(raCertificate, candidate.rid)) ?? recipients[0];
  if (!recipient) throw new ScepFailureError('badAlg', 'the envelope has no RSA key-transport recipient');
  return recipient;
}

function decryptContent(cipher: ContentCipher, key: Uint8Array, iv: Uint8Array, ciphertext: Uint8Array): Uint8Array {
  try {
    const decipher = createDecipheriv(cipher.name, key, iv);
    return Buffer.concat([decipher.update(ciphertext), decipher.final()]);
  } catch {
    throw new ScepFailureError('badMessageCheck', 'the envelope does not decrypt with the RA key');
  }
}

/** Every problem is a ScepFailureError: an envelope pkijs decodes in an unexpected shape is a bad request, not a 500. */
export async function openEnvelopedData(der: Uint8Array, ra: KeyTransportRecipient): Promise<OpenedEnvelope> {
  try {
    return await open(der, ra);
  } catch (error) {
    if (error instanceof ScepFailureError) throw error;
    throw new ScepFailureError('badRequest', `the pkcsPKIEnvelope cannot be decoded (${(error as Error).message})`);
  }
}

async function open(der: Uint8Array, ra: KeyTransportRecipient): Promise<OpenedEnvelope> {
  const envelope = readEnvelopedData(der);
  const { contentEncryptionAlgorithm, encryptedContent } = envelope.encryptedContentInfo;
  // RFC 8894 §3.5.2: refuse weak ciphers before the RA key is ever used.
  const cipher = resolveContentCipher(contentEncryptionAlgorithm.algorithmId);
  const iv = contentEncryptionAlgorithm.algorithmParams;
  if (!(iv instanceof asn1js.OctetString) || iv.getValue().byteLength !== cipher.ivLength || !encryptedContent) {
    throw new ScepFailureError('badRequest', 'the envelope lacks its IV or encrypted content');
  }
  const recipient = findRecipient(envelope, ra.certificateDer);
  const keyTransport = resolveKeyTransport(recipient.keyEncryptionAlgorithm);
  let contentKey: Uint8Array;
  try {
    contentKey = new Uint8Array(await ra.decryptKey(keyTransport, new Uint8Array(recipient.encryptedKey.getValue()), cipher.keyLength));
  } catch {
    throw new ScepFailureError('badMessageCheck', 'the content-encryption key does not unwrap with the RA key');
  }
  const content = decryptContent(cipher, contentKey, new Uint8Array(iv.getValue()), new Uint8Array(envelope.encryptedContentInfo.getEncryptedContent()));
  return { content, cipher };
}
