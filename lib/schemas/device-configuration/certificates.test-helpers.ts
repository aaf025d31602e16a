// Test helper: real self-signed certificates made in the test, a CA and a leaf, with a fast
// P-256 key. Node-only (lib/pki/x509 installs Node's WebCrypto), so only tests import it.
import { nodeCrypto, x509 } from '@/lib/pki/x509';

export async function makeCertificate(options: { commonName: string; isCa: boolean | undefined }): Promise<Uint8Array<ArrayBuffer>> {
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' };
  const keys = (await nodeCrypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const certificate = await x509.X509CertificateGenerator.createSelfSigned(
    {
      name: `CN=${options.commonName}`,
      notBefore: new Date('2026-01-01T00:00:00Z'),
      notAfter: new Date('2036-01-01T00:00:00Z'),
      keys,
      signingAlgorithm: algorithm,
      // isCa undefined: a version-3 certificate without BasicConstraints at all.
      extensions: options.isCa === undefined ? [] : [new x509.BasicConstraintsExtension(options.isCa, undefined, true)],
    },
    nodeCrypto,
  );
  return new Uint8Array(certificate.rawData);
}

export const toBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
export const toPem = (bytes: Uint8Array) => new x509.X509Certificate(new Uint8Array(bytes)).toString('pem');
