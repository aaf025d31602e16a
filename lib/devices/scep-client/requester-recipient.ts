// The requester as the recipient of its CertRep envelope (RFC 8894 §3.3.2: the issued certificate is encrypted to
// the certificate that signed the request), in the shape lib/scep's openEnvelopedData takes. The server transports
// the content key with PKCS#1 v1.5, which Node 20 refuses to privateDecrypt (the Marvin mitigation): decrypt with
// RSA_NO_PADDING and strip the padding with implicit rejection, as the KeyStore does.
import { constants, createHash, privateDecrypt } from 'node:crypto';
import { decodePkcs1v15KeyTransport } from '@/lib/keys/decode-pkcs1-v15-key-transport';
import type { KeyTransportRecipient } from '@/lib/scep/open-enveloped-data';
import { nodeHashName } from '@/lib/scep/resolve-digest-algorithm';
import type { RequesterKey } from './requester-key';

export function requesterRecipient(key: RequesterKey, certificateDer: Uint8Array): KeyTransportRecipient {
  // The implicit-rejection PRF key must be secret and stable per key: a hash of the private key (as the KeyStore's).
  const rejectionSecret = createHash('sha256')
    .update('pkcs1-implicit-rejection')
    .update(key.privateKey.export({ type: 'pkcs8', format: 'der' }))
    .digest();
  return {
    certificateDer,
    async decryptKey(algorithm, encryptedKey, expectedLength) {
      if (algorithm.name === 'RSA-OAEP') {
        return privateDecrypt({ key: key.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: nodeHashName(algorithm.hash) }, encryptedKey);
      }
      const encodedMessage = privateDecrypt({ key: key.privateKey, padding: constants.RSA_NO_PADDING }, encryptedKey);
      return decodePkcs1v15KeyTransport({ encodedMessage, ciphertext: encryptedKey, rejectionSecret, expectedLength });
    },
  };
}
