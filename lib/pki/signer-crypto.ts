// Bridges a CertificateSigner into @peculiar/x509's generators, which sign with `crypto.subtle.sign(algorithm,
// signingKey, tbs)` on the Crypto passed as their last argument. We hand them a Crypto whose sign() calls the signer
// and a stand-in signing key that carries only what x509 reads from a key: its algorithm name and, for ECDSA, the
// curve (x509 needs it to split the P1363 signature into r and s for the DER ECDSA-Sig-Value).
import type { CertificateSigner } from './certificate-signer';
import { describePublicKey } from './public-key-info';
import { nodeCrypto } from './x509';

export interface X509SigningParams {
  signingKey: CryptoKey;
  signingAlgorithm: Algorithm;
  crypto: Crypto;
}

function toArrayBuffer(data: BufferSource): ArrayBuffer {
  if (data instanceof ArrayBuffer) return data;
  return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
}

export function x509SigningParams(signer: CertificateSigner): X509SigningParams {
  const key = describePublicKey(signer.publicKeySpki);
  const keyAlgorithm =
    signer.algorithm.name === 'ECDSA' && key.kty === 'EC'
      ? { name: 'ECDSA', namedCurve: key.namedCurve }
      : { name: signer.algorithm.name };
  const signingKey = { type: 'private', extractable: false, usages: ['sign'], algorithm: keyAlgorithm };
  const crypto = {
    getRandomValues: nodeCrypto.getRandomValues.bind(nodeCrypto),
    subtle: { sign: (_algorithm: unknown, _key: unknown, data: BufferSource) => signer.sign(toArrayBuffer(data)) },
  };
  return {
    signingKey: signingKey as unknown as CryptoKey,
    signingAlgorithm: { name: signer.algorithm.name, hash: signer.algorithm.hash } as Algorithm,
    crypto: crypto as unknown as Crypto,
  };
}
