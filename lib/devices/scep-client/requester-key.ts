// The key pair a device enrolls with (generated on the device, the private key never leaves it).
// One key, two handles: a node KeyObject for RSA key transport (the CertRep envelope) and the same key as WebCrypto
// keys, which @peculiar/x509 signs the CSR and the self-signed certificate with.
import { generateKeyPair, type KeyObject } from 'node:crypto';
import { nodeCrypto } from '@/lib/pki/x509';

export interface RequesterKey {
  readonly privateKey: KeyObject;
  /** RSASSA-PKCS1-v1_5 with SHA-256: what the CSR and the pkiMessage are signed with. */
  readonly signingKeys: CryptoKeyPair;
}

export const SIGNING_ALGORITHM = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

/** RSA only: the CertRep is encrypted to the requester's key (RFC 8894 §3.3.2), so an EC key could not read it. */
export async function generateRequesterKey(modulusLength: 2048 | 3072 | 4096): Promise<RequesterKey> {
  // The callback form runs in libuv's thread pool: an RSA-4096 prime search does not block the event loop.
  const { privateKey, publicKey } = await new Promise<{ privateKey: KeyObject; publicKey: KeyObject }>((resolve, reject) =>
    generateKeyPair('rsa', { modulusLength, publicExponent: 65537 }, (error, publicKeyObject, privateKeyObject) =>
      error ? reject(error) : resolve({ privateKey: privateKeyObject, publicKey: publicKeyObject }),
    ),
  );
  const signingKeys = {
    privateKey: await nodeCrypto.subtle.importKey('pkcs8', privateKey.export({ type: 'pkcs8', format: 'der' }), SIGNING_ALGORITHM, false, ['sign']),
    publicKey: await nodeCrypto.subtle.importKey('spki', publicKey.export({ type: 'spki', format: 'der' }), SIGNING_ALGORITHM, true, ['verify']),
  };
  return { privateKey, signingKeys };
}
