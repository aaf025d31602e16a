// The leaf list at a million certificates (issue goal: first page, next pages, search by serial, subject prefix and
// device, and $count each p95 ≤ 50 ms, on PGlite and on PostgreSQL). One issuing CA gets BENCH_LEAVES leaves in SQL
// (every 10th revoked); then each query is asked 50 times, one at a time, after a few unmeasured warm-ups, with the
// query options the certificate blade sends. Searches use different rows each time and must find them. PostgreSQL
// is measured when BENCH_DATABASE_URL or TEST_DATABASE_URL (`source .ci/start-test-postgres`) names a server.
import { leafCertificateCountPath, leafCertificateListPath } from '@/components/leaf-certificates/leaf-certificate-list-query';
import type { Bench, BenchRow } from '../bench';
import { readBenchPostgresUrl, readScaleSizes } from '../bench-config';
import { formatCount, formatMs, formatSeconds } from '../format-figures';
import { type BenchDatabase, startPortalWithSeededCa } from '../leaves/portal-with-seeded-ca';
import { seededDeviceId, seededSerialNumber } from '../leaves/seed-leaf-certificates';
import { percentile } from '../percentile';
import { timeSequentially } from '../poll-latencies';
import { CA_COLLECTION, type PortalClient } from '../portal-client';

const REQUESTS = 50;
const WARM_UPS = 5;
const REVOKED_EVERY = 10;
const GOAL_MS = 50;

interface LeafPage {
  value: unknown[];
  '@odata.count'?: number;
  '@odata.nextLink'?: string;
}

async function getPage(client: PortalClient, path: string): Promise<LeafPage> {
  const response = await client.get(path);
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as LeafPage;
}

/** Spread over the seeded rows, the same in every run. */
const rowOf = (request: number, leaves: number) => (request * 7_919 + 13) % leaves;

interface ListQuery {
  readonly figure: string;
  /** The path of request i (warm-ups are negative); the page is checked by `check`. */
  path(request: number): string;
  check?(page: LeafPage, request: number): void;
}

function queriesOf(collection: string, leaves: number): ListQuery[] {
  const expectRows = (what: string) => (page: LeafPage) => {
    if (page.value.length === 0) throw new Error(`${what} found nothing`);
  };
  return [
    { figure: 'first page, as the blade asks it ($top=20, $count, newest first)', path: () => leafCertificateListPath(collection, {}) },
    {
      figure: 'search by serial number (12 hex digits)',
      path: (request) => leafCertificateListPath(collection, { search: seededSerialNumber(rowOf(request + WARM_UPS, leaves)).slice(0, 12) }),
      check: expectRows('a serial search'),
    },
    {
      figure: 'search by subject prefix (CN=LAPTOP-nnnnn…, 100 rows each)',
      path: (request) => leafCertificateListPath(collection, { search: `LAPTOP-${String(Math.floor(rowOf(request + WARM_UPS, leaves) / 100)).padStart(5, '0')}` }),
      check: expectRows('a subject search'),
    },
    {
      figure: "by device ($filter=deviceId eq '…', $count)",
      path: (request) => `${collection}?$count=true&$filter=${encodeURIComponent(`deviceId eq '${seededDeviceId(rowOf(request + WARM_UPS, leaves))}'`)}`,
      check: expectRows('a device filter'),
    },
    { figure: "$filter=certificateStatus eq 'revoked' (blade page, $count)", path: () => leafCertificateListPath(collection, { status: 'revoked' }) },
    { figure: '$count of all (the tiles: $top=0&$count=true)', path: () => leafCertificateCountPath(collection) },
  ];
}

async function measureDatabase(database: BenchDatabase, leaves: number, log: (message: string) => void): Promise<BenchRow[]> {
  const name = database.kind === 'pglite' ? 'PGlite' : 'PostgreSQL';
  const seeded = await startPortalWithSeededCa({ database, pairName: 'Leaf list benchmark', batches: [{ count: leaves, revokedEvery: REVOKED_EVERY }], log });
  try {
    const { client, caId } = seeded;
    const collection = `${CA_COLLECTION}/${caId}/cloudCertificationAuthorityLeafCertificate`;
    const counted = await getPage(client, leafCertificateCountPath(collection));
    const revoked = await getPage(client, leafCertificateCountPath(collection, 'revoked'));
    const expectedRevoked = Math.ceil(leaves / REVOKED_EVERY);
    if (counted['@odata.count'] !== leaves || revoked['@odata.count'] !== expectedRevoked) {
      throw new Error(`$count says ${counted['@odata.count']} leaves, ${revoked['@odata.count']} revoked; seeded ${leaves}, ${expectedRevoked}`);
    }
    const row = (figure: string, sample: readonly number[]): BenchRow => ({
      figure: `Leaf list, ${formatCount(leaves)} leaves on ${name}: ${figure}, p95 (p50) of ${sample.length}`,
      value: `${formatMs(percentile(sample, 95))} (${formatMs(percentile(sample, 50))})`,
      reference: `goal ≤ ${GOAL_MS} ms`,
    });
    const rows: BenchRow[] = [
      { figure: `Leaf list: ${formatCount(leaves)} leaves (10 % revoked) seeded in SQL on ${name}`, value: formatSeconds(seeded.seedSeconds), reference: 'goal: minutes, not hours' },
    ];
    for (const query of queriesOf(collection, leaves)) {
      log(`${name}: ${query.figure}…`);
      for (let warmUp = -WARM_UPS; warmUp < 0; warmUp += 1) await getPage(client, query.path(warmUp));
      const sample = await timeSequentially(REQUESTS, async (request) => {
        const page = await getPage(client, query.path(request));
        query.check?.(page, request);
      });
      rows.push(row(query.figure, sample));
    }
    // Next pages: follow @odata.nextLink ($skiptoken, a keyset position) from the first page on.
    log(`${name}: next pages through @odata.nextLink…`);
    let next: string | undefined = `${collection}?$top=20`;
    for (let warmUp = 0; warmUp < WARM_UPS && next; warmUp += 1) next = (await getPage(client, next))['@odata.nextLink'];
    rows.push(
      row('next pages via @odata.nextLink ($top=20)', await timeSequentially(REQUESTS, async () => {
        if (!next) throw new Error('The list ended before the measured pages');
        next = (await getPage(client, next))['@odata.nextLink'];
      })),
    );
    return rows;
  } finally {
    await seeded.stop();
  }
}

export const leafListBench: Bench = {
  name: 'leaves',
  description: 'leaf list at 1,000,000 leaves under one CA: first/next pages, searches, status filter, $count p95, on PGlite and PostgreSQL',
  async run(context) {
    const { leaves } = readScaleSizes();
    const log = (message: string) => context.log(`leaves: ${message}`);
    const rows = await measureDatabase({ kind: 'pglite' }, leaves, log);
    const postgresUrl = readBenchPostgresUrl();
    if (!postgresUrl) {
      rows.push({ figure: 'Leaf list on PostgreSQL', value: 'not run', reference: 'set BENCH_DATABASE_URL (or source .ci/start-test-postgres) to a server whose role may CREATE DATABASE' });
      return rows;
    }
    return [...rows, ...(await measureDatabase({ kind: 'postgres', adminUrl: postgresUrl }, leaves, log))];
  },
};
