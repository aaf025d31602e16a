// The CertRep pkcsPKIEnvelope (RFC 8894 §3.3.2): content encrypted with a fresh key under the
// reply cipher, the key RSA PKCS#1 v1.5-transported (rsaEncryption, RFC 3370 §4.2.1) to the requester's
// signer certificate. Key transport *encryption* with PKCS#1 v1.5 is still allowed on Node 20; only
// decryption is blocked (the mitigation of the Marvin attack).
import { constants, createCipheriv, publicEncrypt, randomBytes, type X509Certificate } from 'node:crypto';
import {
  derAlgorithmIdentifier,
  derContentInfo,
  derContextPrimitive,
  derNull,
  derObjectIdentifier,
  derOctetString,
  derSequence,
  derSetOf,
  derSmallInteger,
} from '@/lib/pki/der-writer';
import { encodeIssuerAndSerialNumber } from './encode-issuer-and-serial-number';
import type { ContentCipher } from './resolve-content-cipher';
import { CONTENT_TYPE, RSA_ENCRYPTION } from './scep-oids';

/** ContentInfo(EnvelopedData) of `content` for `recipient`. */
export function buildEnvelopedData(content: Uint8Array, recipient: X509Certificate, cipher: ContentCipher): Uint8Array {
  const key = randomBytes(cipher.keyLength);
  const iv = randomBytes(cipher.ivLength);
  const encipher = createCipheriv(cipher.name, key, iv);
  const encryptedContent = Buffer.concat([encipher.update(content), encipher.final()]);
  const encryptedKey = publicEncrypt({ key: recipient.publicKey, padding: constants.RSA_PKCS1_PADDING }, key);

  const keyTransRecipientInfo = derSequence(
    derSmallInteger(0), // RFC 5652 §6.2.1: version 0 with issuerAndSerialNumber
    encodeIssuerAndSerialNumber(recipient.raw),
    derAlgorithmIdentifier(RSA_ENCRYPTION, derNull()),
    derOctetString(encryptedKey),
  );
  const encryptedContentInfo = derSequence(
    derObjectIdentifier(CONTENT_TYPE.data),
    derAlgorithmIdentifier(cipher.oid, derOctetString(iv)),
    derContextPrimitive(0, encryptedContent),
  );
  const envelopedData = derSequence(derSmallInteger(0), derSetOf([keyTransRecipientInfo]), encryptedContentInfo);
  return derContentInfo(CONTENT_TYPE.envelopedData, envelopedData);
}
