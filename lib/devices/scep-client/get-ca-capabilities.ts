// GetCACaps (RFC 8894 §3.5.1, §4.6): the server's capabilities, one keyword per line, compared case-insensitively
// (§3.5.2). An empty answer is legal and means the oldest behaviour (GET, SHA-1, DES), which this client declines.
import type { ScepTransport } from './scep-transport';

/** The capability keywords, upper-cased. */
export async function getCaCapabilities(transport: ScepTransport): Promise<ReadonlySet<string>> {
  const { body } = await transport.get('GetCACaps');
  const lines = Buffer.from(body).toString('utf8').split(/\r?\n/);
  return new Set(lines.map((line) => line.trim().toUpperCase()).filter(Boolean));
}
