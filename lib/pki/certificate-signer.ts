// A CA signs through this port, so its private key stays in the KeyStore (docs/architecture.md › Keys): the X.509
// builders see a public key, an algorithm and a sign() callback, never key material.
import type { KeyOperations, SigningAlgorithm } from '@/lib/keys/key-store';

export interface CertificateSigner {
  /** What the signer's certificates and CRLs carry as signatureAlgorithm (RFC 5280 §4.1.1.2). */
  readonly algorithm: SigningAlgorithm;
  /** The signer's SubjectPublicKeyInfo, DER. */
  readonly publicKeySpki: ArrayBuffer;
  /** Signs the DER bytes; ECDSA signatures in IEEE P1363 form (r ‖ s), as WebCrypto and the KeyStore return them. */
  sign(data: ArrayBuffer): Promise<ArrayBuffer>;
}

export async function keyStoreSigner(
  keyStore: KeyOperations,
  keyUri: string,
  algorithm: SigningAlgorithm,
): Promise<CertificateSigner> {
  const publicKeySpki = await keyStore.getPublicKey(keyUri);
  return { algorithm, publicKeySpki, sign: (data) => keyStore.sign(keyUri, algorithm, data) };
}
