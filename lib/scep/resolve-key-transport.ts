// Key transport of the request envelope (RFC 8894 §3.2.2): RSA PKCS#1 v1.5 (rsaEncryption, what every
// SCEP client sends) or RSAES-OAEP (RFC 4055 §4.1, defaults SHA-1/MGF1-SHA-1). Anything else is badAlg.
import * as pkijs from 'pkijs';
import type { KeyTransportAlgorithm } from './registration-authority';
import { resolveDigestAlgorithm } from './resolve-digest-algorithm';
import { MGF1, RSA_ENCRYPTION, RSAES_OAEP } from './scep-oids';
import { ScepFailureError } from './scep-failure-error';

function readOaepHash(parameters: unknown): KeyTransportAlgorithm {
  const oaep = parameters ? new pkijs.RSAESOAEPParams({ schema: parameters }) : new pkijs.RSAESOAEPParams();
  const hash = resolveDigestAlgorithm(oaep.hashAlgorithm.algorithmId);
  const maskHash = oaep.maskGenAlgorithm.algorithmParams
    ? new pkijs.AlgorithmIdentifier({ schema: oaep.maskGenAlgorithm.algorithmParams }).algorithmId
    : undefined;
  // node:crypto and the KeyStore use MGF1 with the OAEP hash; a split choice is legal but unseen in SCEP.
  if (oaep.maskGenAlgorithm.algorithmId !== MGF1 || !maskHash || resolveDigestAlgorithm(maskHash) !== hash) {
    throw new ScepFailureError('badAlg', 'RSAES-OAEP with a mask generation other than MGF1 over the OAEP hash is not supported');
  }
  return { name: 'RSA-OAEP', hash };
}

export function resolveKeyTransport(algorithm: pkijs.AlgorithmIdentifier): KeyTransportAlgorithm {
  if (algorithm.algorithmId === RSA_ENCRYPTION) return { name: 'RSAES-PKCS1-v1_5' };
  if (algorithm.algorithmId === RSAES_OAEP) {
    try {
      return readOaepHash(algorithm.algorithmParams);
    } catch (error) {
      if (error instanceof ScepFailureError) throw error;
      throw new ScepFailureError('badAlg', 'the RSAES-OAEP parameters cannot be read');
    }
  }
  throw new ScepFailureError('badAlg', `key transport ${algorithm.algorithmId} is not supported (RSA is required)`);
}
