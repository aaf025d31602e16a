// What a SCEP client learns before it sends a request (RFC 8894 §3.5, §4.2): the capabilities, which decide the
// algorithms and whether PKIOperation may be POSTed, and the RA and CA certificates.
import type { X509Certificate } from 'node:crypto';
import { AES_256_CBC, type ContentCipher, resolveContentCipher } from '@/lib/scep/resolve-content-cipher';
import type { ReplyDigest } from '@/lib/scep/resolve-digest-algorithm';
import { CONTENT_ENCRYPTION_ALGORITHM } from '@/lib/scep/scep-oids';
import { getCaCapabilities } from './get-ca-capabilities';
import { getCaCertificates } from './get-ca-certificates';
import { ScepProtocolError } from './scep-protocol-error';
import type { ScepTransport } from './scep-transport';

export interface ScepServer {
  readonly ra: X509Certificate;
  readonly caCertificates: readonly X509Certificate[];
  readonly digest: ReplyDigest;
  readonly cipher: ContentCipher;
  readonly canPost: boolean;
}

// §3.5.2: "SCEPStandard" promises AES, SHA-256 and POSTPKIOperation together.
function chooseAlgorithms(capabilities: ReadonlySet<string>): Pick<ScepServer, 'digest' | 'cipher' | 'canPost'> {
  const isStandard = capabilities.has('SCEPSTANDARD');
  // SHA-1 and single DES are what a server without capabilities implies; this client declines both (§3.5.2, §8.2).
  if (!isStandard && !capabilities.has('SHA-256')) throw new ScepProtocolError('The SCEP server does not offer SHA-256 (GetCACaps)');
  let cipher: ContentCipher;
  if (isStandard || capabilities.has('AES')) cipher = AES_256_CBC;
  else if (capabilities.has('DES3')) cipher = resolveContentCipher(CONTENT_ENCRYPTION_ALGORITHM.desEde3Cbc);
  else throw new ScepProtocolError('The SCEP server offers neither AES nor triple DES (GetCACaps)');
  return { digest: 'SHA-256', cipher, canPost: isStandard || capabilities.has('POSTPKIOPERATION') };
}

export async function discoverScepServer(transport: ScepTransport): Promise<ScepServer> {
  const capabilities = await getCaCapabilities(transport);
  const { ra, caCertificates } = await getCaCertificates(transport);
  return { ra, caCertificates, ...chooseAlgorithms(capabilities) };
}
