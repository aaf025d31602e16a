// GetCACert (RFC 8894 §4.2): `application/x-x509-ca-ra-cert` is a degenerate PKCS#7 with the RA and the CA chain
// (§4.2.1.2; ours sends RA, issuing CA and root), `application/x-x509-ca-cert` one DER CA certificate that is its
// own RA (§4.2.1.1). The client encrypts requests to the RA and expects replies signed by the RA or the CA.
import { X509Certificate } from 'node:crypto';
import { readCertsOnlyPkcs7 } from '@/lib/pki/build-certs-only-pkcs7';
import { ScepProtocolError } from './scep-protocol-error';
import type { ScepTransport } from './scep-transport';

export interface ScepCaCertificates {
  /** The certificate requests are encrypted to (§2.2): the RA, or the CA itself when there is none. */
  readonly ra: X509Certificate;
  /** The CA certificates besides the RA (issuing CA, root), as the server sent them. Not trusted by being here. */
  readonly caCertificates: readonly X509Certificate[];
}

function parse(der: Uint8Array): X509Certificate {
  try {
    return new X509Certificate(der);
  } catch {
    throw new ScepProtocolError('GetCACert returned a certificate that cannot be parsed');
  }
}

function readCertificates(contentType: string, body: Uint8Array<ArrayBuffer>): X509Certificate[] {
  if (contentType === 'application/x-x509-ca-cert') return [parse(body)];
  if (contentType !== 'application/x-x509-ca-ra-cert') throw new ScepProtocolError(`GetCACert answered with content type '${contentType}'`);
  try {
    return readCertsOnlyPkcs7(body).map(parse);
  } catch (error) {
    if (error instanceof ScepProtocolError) throw error;
    throw new ScepProtocolError('GetCACert did not return a certificates-only PKCS#7');
  }
}

export async function getCaCertificates(transport: ScepTransport): Promise<ScepCaCertificates> {
  const { contentType, body } = await transport.get('GetCACert');
  const certificates = readCertificates(contentType, body);
  // §2.2: the RA is the end-entity certificate; a CA without an RA receives requests itself.
  const ra = certificates.find((certificate) => !certificate.ca) ?? certificates[0];
  if (!ra) throw new ScepProtocolError('GetCACert returned no certificate');
  // §3.2.2: the content-encryption key is RSA-transported to the RA.
  if (ra.publicKey.asymmetricKeyType !== 'rsa') throw new ScepProtocolError('The SCEP RA certificate has no RSA key to encrypt requests to');
  return { ra, caCertificates: certificates.filter((certificate) => certificate !== ra) };
}
