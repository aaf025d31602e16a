// Seeds an issuing CA with many leaf certificates in SQL (INSERT … SELECT FROM generate_series), in batches, so a
// million rows take minutes rather than the hours one enrollment each would. Rows look like what SCEP issues:
// 16-byte serials with the top bits as lib/pki/serial-number.ts sets them, SHA-1-length thumbprints, CN=<device>
// subjects, one device id and name per certificate, a year of validity starting over the last 380 days (so a few
// percent have expired), and every `revokedEvery`-th certificate revoked with an RFC 5280 reason. seededSerialNumber
// and seededDeviceId say, in JavaScript, what row i got, so a bench can look rows up without reading them first.
// All rows share one certificate DER (the column is NOT NULL; lists and CRLs never read it).
import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/database';

export interface LeafSeed {
  tenantId: string;
  caId: string;
  issuerName: string;
  /** Rows to add; numbering continues after `firstIndex`. */
  count: number;
  firstIndex?: number;
  /** Every n-th row is revoked (10 → 10 %, 1 → all); none when absent. */
  revokedEvery?: number;
  certificateDer: Uint8Array;
  batchSize?: number;
  /** Fixed clock, so a seeded database means the same thing in every run. */
  now?: Date;
  onProgress?: (seeded: number) => void;
}

const DEFAULT_BATCH = 50_000;

/** The device name of row i: what the bench searches for. */
export const seededDeviceName = (index: number) => `LAPTOP-${String(index).padStart(7, '0')}`;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

/** The serial number of row i, as the SQL below makes it. */
export function seededSerialNumber(index: number): string {
  const hash = md5(`serial${index}`);
  const firstByte = (Number.parseInt(hash.slice(0, 2), 16) & 63) | 64;
  return `${firstByte.toString(16).padStart(2, '0')}${hash.slice(2, 32)}`.toUpperCase();
}

/** The device id of row i (md5 read as a uuid, as PostgreSQL's md5(…)::uuid does). */
export function seededDeviceId(index: number): string {
  const hash = md5(`device${index}`);
  return [hash.slice(0, 8), hash.slice(8, 12), hash.slice(12, 16), hash.slice(16, 20), hash.slice(20)].join('-');
}

export async function seedLeafCertificates(db: Database, seed: LeafSeed): Promise<void> {
  const batch = seed.batchSize ?? DEFAULT_BATCH;
  const first = seed.firstIndex ?? 0;
  const now = (seed.now ?? new Date()).toISOString();
  const der = Buffer.from(seed.certificateDer).toString('hex');
  const isRevoked = seed.revokedEvery ? sql`i % ${seed.revokedEvery} = 0` : sql`false`;
  for (let from = first; from < first + seed.count; from += batch) {
    const to = Math.min(from + batch, first + seed.count) - 1;
    // md5 of the index gives stable pseudo-random hex; the first serial byte gets bit 7 clear and bit 6 set.
    await db.execute(sql`
      INSERT INTO leaf_certificates (
        tenant_id, ca_id, serial_number, thumbprint, subject_name, issuer_name, san_summary, certificate_der,
        key_usages, extended_key_usages, validity_start_date_time, validity_end_date_time, status,
        revocation_date_time, revocation_reason, device_id, device_name, device_platform, user_id,
        user_principal_name, created_date_time, last_modified_date_time)
      SELECT ${seed.tenantId}::uuid, ${seed.caId}::uuid,
        upper(lpad(to_hex((('x' || substr(h, 1, 2))::bit(8)::int & 63) | 64), 2, '0') || substr(h, 3, 30)),
        upper(substr(h || md5(h), 1, 40)),
        'CN=' || name, ${seed.issuerName}, 'DNS:' || lower(name) || '.contoso.local', decode(${der}, 'hex'),
        '{digitalSignature,keyEncipherment}', '{1.3.6.1.5.5.7.3.2}',
        start, start + interval '365 days',
        CASE WHEN ${isRevoked} THEN 'revoked' ELSE 'active' END,
        CASE WHEN ${isRevoked} THEN least(start + (i % 90) * interval '1 day', ${now}::timestamptz) END,
        CASE WHEN ${isRevoked} THEN (ARRAY[NULL, 'keyCompromise', 'superseded', 'cessationOfOperation'])[1 + i % 4] END,
        md5('device' || i)::uuid, name, (ARRAY['windows', 'iOS', 'macOS', 'androidForWork'])[1 + i % 4],
        md5('user' || (i % 5000))::uuid, 'user' || (i % 5000) || '@contoso.local',
        start + interval '10 minutes', start + interval '10 minutes'
      FROM (
        SELECT i, md5('serial' || i) AS h, 'LAPTOP-' || lpad(i::text, 7, '0') AS name,
          ${now}::timestamptz - interval '380 days' + (i % 380) * interval '1 day' + (i % 86400) * interval '1 second' AS start
        FROM generate_series(${from}::int, ${to}::int) AS i
      ) AS rows`);
    seed.onProgress?.(to - first + 1);
  }
  // Fresh statistics and visibility map: the planner picks the indexes, counts can be index-only.
  await db.execute(sql`VACUUM ANALYZE leaf_certificates`);
}
