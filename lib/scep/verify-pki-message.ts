// Authenticates a parsed pkiMessage (RFC 8894 §3.2, RFC 5652 §5.4, §5.6): the messageDigest attribute
// must match the content and the signer certificate's key must have signed the attributes. The key
// must be RSA too: the CertRep is encrypted to it (RFC 8894 §3.3.2).
import { X509Certificate, createHash, verify, type KeyObject } from 'node:crypto';
import type { PkiMessage } from './parse-pki-message';
import { nodeHashName, resolveDigestAlgorithm, type ScepDigest } from './resolve-digest-algorithm';
import { resolveSignatureHash } from './resolve-signature-hash';
import { ScepFailureError } from './scep-failure-error';

export interface VerifiedSigner {
  readonly digest: ScepDigest;
  readonly signerCertificate: X509Certificate;
}

function readSignerCertificate(der: Uint8Array | undefined): { certificate: X509Certificate; publicKey: KeyObject } {
  if (!der) throw new ScepFailureError('badMessageCheck', 'the signer certificate is not included in the message');
  try {
    const certificate = new X509Certificate(der);
    return { certificate, publicKey: certificate.publicKey }; // OpenSSL decodes the key only here, and may refuse it
  } catch {
    throw new ScepFailureError('badMessageCheck', 'the signer certificate or its public key cannot be parsed');
  }
}

function isSignatureValid(hash: ScepDigest | null, message: PkiMessage, signerKey: KeyObject): boolean {
  try {
    return verify(hash && nodeHashName(hash), message.signedAttributes, signerKey, message.signature);
  } catch {
    return false; // a signature OpenSSL cannot even parse is simply not valid
  }
}

export function verifyPkiMessage(message: PkiMessage): VerifiedSigner {
  const digest = resolveDigestAlgorithm(message.digestAlgorithmOid);
  const { certificate: signerCertificate, publicKey } = readSignerCertificate(message.signerCertificateDer);
  if (publicKey.asymmetricKeyType !== 'rsa') {
    throw new ScepFailureError('badAlg', 'the signer key must be RSA: the reply is encrypted to it');
  }
  const signatureHash = resolveSignatureHash(message.signatureAlgorithmOid, digest);

  const contentDigest = createHash(nodeHashName(digest)).update(message.content ?? new Uint8Array()).digest();
  if (!message.messageDigest || !contentDigest.equals(message.messageDigest)) {
    throw new ScepFailureError('badMessageCheck', 'the messageDigest attribute does not match the content');
  }
  if (!isSignatureValid(signatureHash, message, publicKey)) throw new ScepFailureError('badMessageCheck', 'the message signature does not verify');
  return { digest, signerCertificate };
}
