// Whether a device accepts an issued certificate: it must chain — every signature verified, every certificate
// within its validity — to a self-signed root that is in the device's own trust store, i.e. that a trusted
// certificate profile installed ("If the device has not received the referenced trusted root, SCEP
// fails"). The CA certificates a SCEP server hands out may serve as intermediates but are never anchors.
import { x509 } from '@/lib/pki/x509';

export interface TrustedChainInput {
  readonly certificateDer: Uint8Array;
  /** The device's trust store: the certificates its trusted certificate profiles installed. */
  readonly trustStore: readonly Uint8Array[];
  /** Candidate intermediates, e.g. what GetCACert returned. */
  readonly intermediates: readonly Uint8Array[];
  readonly now: Date;
}

export type TrustedChainResult = { ok: true } | { ok: false; reason: string };

const parse = (der: Uint8Array) => new x509.X509Certificate(new Uint8Array(der));
const sameCertificate = (a: x509.X509Certificate, b: x509.X509Certificate) => Buffer.from(a.rawData).equals(Buffer.from(b.rawData));

function isCertificationAuthority(certificate: x509.X509Certificate): boolean {
  return certificate.getExtension(x509.BasicConstraintsExtension)?.ca === true;
}

export async function checkTrustedChain(input: TrustedChainInput): Promise<TrustedChainResult> {
  const certificate = parse(input.certificateDer);
  const anchors = input.trustStore.map(parse);
  // The builder follows issuer names and key identifiers and keeps only issuers whose signature verifies.
  const builder = new x509.X509ChainBuilder({ certificates: [...anchors, ...input.intermediates.map(parse)] });
  const chain = [...(await builder.build(certificate))];
  const top = chain.at(-1) ?? certificate;
  if (!(await top.isSelfSigned())) return { ok: false, reason: `no trusted root issued '${top.issuer}'` };
  if (!anchors.some((anchor) => sameCertificate(anchor, top))) return { ok: false, reason: `the root '${top.subject}' is not in the device's trust store` };
  for (const [index, link] of chain.entries()) {
    // RFC 5280 §6.1.3 (a)(2): every certificate of the path must be within its validity period.
    if (input.now < link.notBefore || input.now > link.notAfter) return { ok: false, reason: `'${link.subject}' is not valid on ${input.now.toISOString()}` };
    // RFC 5280 §6.1.4 (k): every issuer in the path must be a CA.
    if (index > 0 && !isCertificationAuthority(link)) return { ok: false, reason: `'${link.subject}' is not a CA certificate` };
  }
  return { ok: true };
}
