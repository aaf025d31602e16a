// Signed OCSP responses without a nonce are the same for everyone until the CRL they agree with changes, so they
// are kept, keyed by CA version, CRL number and the CertIDs asked about (RFC 5019 §2.2: pre-produced responses).
// A revocation publishes a new CRL number, so no stale "good" outlives it. Per process and bounded: another
// instance just signs its own.
import 'server-only';

export interface CachedOcspResponse {
  der: Uint8Array;
  producedAt: Date;
  nextUpdate: Date;
}

const MAX_ENTRIES = 10_000;
const cache = new Map<string, CachedOcspResponse>();

export function ocspCacheKey(parts: { caId: string; versionNumber: number; crlNumber: number; certificateIds: readonly Uint8Array[] }): string {
  const ids = parts.certificateIds.map((der) => Buffer.from(der).toString('base64')).join(',');
  return `${parts.caId}:${parts.versionNumber}:${parts.crlNumber}:${ids}`;
}

export function getCachedOcspResponse(key: string, now: Date): CachedOcspResponse | undefined {
  const entry = cache.get(key);
  if (!entry) return undefined;
  cache.delete(key);
  if (entry.nextUpdate.getTime() <= now.getTime()) return undefined;
  cache.set(key, entry); // most recently used last
  return entry;
}

export function cacheOcspResponse(key: string, entry: CachedOcspResponse): void {
  cache.delete(key);
  cache.set(key, entry);
  // Map keeps insertion order: the first key is the least recently used.
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}
