// A certificates-only ("degenerate") SignedData (RFC 5652 §5.1, RFC 8894 §3.4): no content, no
// signers. It carries the GetCACert chain (§4.2.1.2) and, enveloped, the issued certificate (§3.3.2).
import {
  derContentInfo,
  derContextConstructed,
  derObjectIdentifier,
  derSequence,
  derSetOf,
  derSmallInteger,
} from './der-writer';
import { CONTENT_TYPE } from './scep-oids';

/**
 * ContentInfo(SignedData) holding `certificatesDer`. The certificates keep the given order, as
 * OpenSSL writes them: CMS readers match by name, but some SCEP clients read the chain in order.
 */
export function buildDegenerateSignedData(certificatesDer: readonly Uint8Array[]): Uint8Array {
  const signedData = derSequence(
    derSmallInteger(1),
    derSetOf([]), // digestAlgorithms
    derSequence(derObjectIdentifier(CONTENT_TYPE.data)), // encapContentInfo without eContent
    derContextConstructed(0, ...certificatesDer), // certificates [0] IMPLICIT
    derSetOf([]), // signerInfos
  );
  return derContentInfo(CONTENT_TYPE.signedData, signedData);
}
