// The issuer-certificate URL a certificate carries (RFC 5280 §4.2.2.1 caIssuers): for a BYOCA, whatever the
// customer's CA wrote — ADCS defaults to LDAP, HTTP when configured.
import { x509 } from './x509';

export function caIssuersUrlOf(certificateDer: BufferSource): string | undefined {
  const aia = new x509.X509Certificate(certificateDer).getExtension(x509.AuthorityInfoAccessExtension);
  return aia?.caIssuers.find((name) => name.type === 'url')?.value;
}
