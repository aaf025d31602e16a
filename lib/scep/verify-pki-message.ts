// Authenticates a parsed pkiMessage (RFC 8894 §3.2, RFC 5652 §5.4, §5.6): the messageDigest attribute
// must match the content and the signer certificate's key must have signed the attributes. The key
// must be RSA too: the CertRep is encrypted to it (RFC 8894 §3.3.2).
import { X509Certificate, createHash, verify } from 'node:crypto';
import type { PkiMessage } from './parse-pki-message';
import { nodeHashName, resolveDigestAlgorithm, type ScepDigest } from './resolve-digest-algorithm';
import { resolveSignatureHash } from './resolve-signature-hash';
import { ScepFailureError } from './scep-failure-error';

export interface VerifiedSigner {
  readonly digest: ScepDigest;
  readonly signerCertificate: X509Certificate;
}

function readSignerCertificate(der: Uint8Array | undefined): X509Certificate {
  if (!der) throw new ScepFailureError('badMessageCheck', 'the signer certificate is not included in the message');
  try {
    return new X509Certificate(der);
  } catch {
    throw new ScepFailureError('badMessageCheck', 'the signer certificate cannot be parsed');
  }
}

function isSignatureValid(hash: ScepDigest | null, message: PkiMessage, signer: X509Certificate): boolean {
  try {
    return verify(hash && nodeHashName(hash), message.signedAttributes, signer.publicKey, message.signature);
  } catch {
    return false; // a signature OpenSSL cannot even parse is simply not valid
  }
}

export function verifyPkiMessage(message: PkiMessage): VerifiedSigner {
  const digest = resolveDigestAlgorithm(message.digestAlgorithmOid);
  const signerCertificate = readSignerCertificate(message.signerCertificateDer);
  if (signerCertificate.publicKey.asymmetricKeyType !== 'rsa') {
    throw new ScepFailureError('badAlg', 'the signer key must be RSA: the reply is encrypted to it');
  }
  const signatureHash = resolveSignatureHash(message.signatureAlgorithmOid, digest);

  const contentDigest = createHash(nodeHashName(digest)).update(message.content ?? new Uint8Array()).digest();
  if (!message.messageDigest || !contentDigest.equals(message.messageDigest)) {
    throw new ScepFailureError('badMessageCheck', 'the messageDigest attribute does not match the content');
  }
  if (!isSignatureValid(signatureHash, message, signerCertificate)) throw new ScepFailureError('badMessageCheck', 'the message signature does not verify');
  return { digest, signerCertificate };
}
