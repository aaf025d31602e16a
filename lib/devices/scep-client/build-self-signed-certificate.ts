// The certificate a first PKCSReq is signed with (RFC 8894 §2.3, §3.3.1): self-signed by the requester's new key,
// with the subject of its CSR. The server encrypts the CertRep to it, so it needs keyEncipherment besides
// digitalSignature; it lives only for this exchange.
import { randomBytes } from 'node:crypto';
import { x509 } from '@/lib/pki/x509';
import { type RequesterKey, SIGNING_ALGORITHM } from './requester-key';

const LIFETIME_MS = 24 * 60 * 60_000;
// Clock skew between device and server should not make the signer look not yet valid.
const BACKDATE_MS = 10 * 60_000;

export async function buildSelfSignedCertificate(key: RequesterKey, subject: x509.Name, now = new Date()): Promise<Uint8Array> {
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    // RFC 5280 §4.1.2.2: positive, at most 20 octets; the leading 0x01 keeps it positive and non-zero.
    serialNumber: `01${randomBytes(8).toString('hex')}`,
    name: subject,
    notBefore: new Date(now.getTime() - BACKDATE_MS),
    notAfter: new Date(now.getTime() + LIFETIME_MS),
    keys: key.signingKeys,
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true)],
  });
  return new Uint8Array(certificate.rawData);
}
