// A CA's CRL as relying parties get it: fetched from its CDP URL, checked by OpenSSL against the CA certificate
// (`openssl crl -CAfile … -verify`; RFC 5280 §6.3.3), with its number and the serials it lists.
import { derOfDataUri, openssl, toPem } from '../fixtures';
import { x509 } from '@/lib/pki/x509';
import type { GraphCa } from './portal-api';
import { normalizeSerial } from './scep-enrollment-load';

export interface ServedCrl {
  readonly crlNumber: bigint;
  readonly revokedSerials: ReadonlySet<string>;
}

/** The served CRL, or a description of what is wrong with it. */
export async function fetchVerifiedCrl(ca: GraphCa): Promise<ServedCrl | string> {
  const response = await fetch(ca.certificateRevocationListUrl, { signal: AbortSignal.timeout(60_000) });
  if (response.status !== 200) return `the CRL of ${ca.displayName} answered HTTP ${response.status}`;
  const der = Buffer.from(await response.arrayBuffer());
  const { output } = openssl({ 'crl.der': der, 'ca.pem': toPem(derOfDataUri(ca.certificateDownloadUrl)) }, [
    'crl', '-inform', 'DER', '-in', 'crl.der', '-CAfile', 'ca.pem', '-noout', '-crlnumber',
  ]);
  if (!/^verify OK$/m.test(output)) return `OpenSSL does not verify the CRL of ${ca.displayName}: ${output.trim()}`;
  const number = /^crlNumber=(0x[0-9A-Fa-f]+)$/m.exec(output)?.[1];
  if (!number) return `the CRL of ${ca.displayName} has no CRL number: ${output.trim()}`;
  const revokedSerials = new Set(new x509.X509Crl(der).entries.map((entry) => normalizeSerial(entry.serialNumber)));
  return { crlNumber: BigInt(number), revokedSerials };
}
