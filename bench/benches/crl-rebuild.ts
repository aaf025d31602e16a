// A CRL at 100,000 revoked certificates (issue goals: built and signed in ≤ 1 s, served from a cache with ETag /
// Last-Modified, and no CRL build ever blocks the server: /healthz and SCEP answer within 100 ms while one runs).
// An issuing CA on PGlite gets BENCH_CRL_REVOKED revoked leaves in SQL, then one more revocation through Graph
// republishes its CRL while two clients poll /healthz and SCEP GetCACert, one request at a time, every ~20 ms, and a
// third asks for current.crl with the old ETag until the new CRL is there. Then the warm CRL is fetched, in full and
// with If-None-Match. The served CRL is read back with openssl, so its entry count is checked, not assumed.
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { crlUrl } from '@/lib/cloud-pki-urls';
import type { Bench } from '../bench';
import { readScaleSizes } from '../bench-config';
import { formatCount, formatMs, formatSeconds } from '../format-figures';
import { startPortalWithSeededCa } from '../leaves/portal-with-seeded-ca';
import { seededSerialNumber } from '../leaves/seed-leaf-certificates';
import { percentile } from '../percentile';
import { pollLatencies, timeSequentially } from '../poll-latencies';

const POLL_INTERVAL_MS = 20;
const QUIET_POLL_MS = 1_000;
const WARM_REQUESTS = 50;
const ACTIVE_LEAVES = 10;
const RESPONSIVE_GOAL_MS = 100;
const BUILD_GOAL_SECONDS = 1;
const DEADLINE_MS = 10 * 60_000;

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(DEADLINE_MS) });
  if (!response.ok && response.status !== 304) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
  return response;
}

/** Entries of a DER CRL, counted by openssl (not by our own parser). */
function countCrlEntries(der: Uint8Array): number {
  const text = execFileSync('openssl', ['crl', '-inform', 'DER', '-noout', '-text'], { input: der, maxBuffer: 512 * 1024 * 1024, encoding: 'utf8' });
  return text.match(/Serial Number:/g)?.length ?? 0;
}

const latencySummary = (sample: readonly number[]) => `max ${formatMs(Math.max(...sample))}, p95 ${formatMs(percentile(sample, 95))} (${sample.length} requests)`;

export const crlRebuildBench: Bench = {
  name: 'crl',
  description: 'CRL republish at 100,000 revoked: time to the new CRL, /healthz and GetCACert latency meanwhile, warm and 304 CRL fetches',
  async run(context) {
    const { crlRevoked } = readScaleSizes();
    context.log(`crl: seeding ${formatCount(crlRevoked)} revoked leaves on PGlite…`);
    const seeded = await startPortalWithSeededCa({
      database: { kind: 'pglite' },
      pairName: 'CRL benchmark',
      batches: [
        { count: crlRevoked, revokedEvery: 1 },
        { count: ACTIVE_LEAVES, firstIndex: crlRevoked },
      ],
      log: (message) => context.log(`crl: ${message}`),
    });
    try {
      const { portal, client, caId } = seeded;
      const crl = crlUrl(portal.url, caId);
      const { scepServerUrl } = await client.createChallenge(caId);
      const getCaCert = `${scepServerUrl}?operation=GetCACert`;
      const healthz = `${portal.url}/healthz`;
      // Warm: the routes are compiled and the CA's current (empty) CRL is cached, as on a portal that has been up a while.
      const before = await fetchOk(crl);
      const oldEtag = before.headers.get('etag') ?? '';
      await fetchOk(getCaCert);
      const probe = (url: string) => () => fetchOk(url);

      const quiet = { healthz: pollLatencies(probe(healthz), POLL_INTERVAL_MS), getCaCert: pollLatencies(probe(getCaCert), POLL_INTERVAL_MS) };
      await new Promise((resolve) => setTimeout(resolve, QUIET_POLL_MS));
      const [quietHealthz, quietGetCaCert] = await Promise.all([quiet.healthz.stop(), quiet.getCaCert.stop()]);

      context.log(`crl: revoking one more leaf through Graph; polling /healthz and GetCACert every ${POLL_INTERVAL_MS} ms…`);
      const during = { healthz: pollLatencies(probe(healthz), POLL_INTERVAL_MS), getCaCert: pollLatencies(probe(getCaCert), POLL_INTERVAL_MS) };
      const started = performance.now();
      const revoked = client.revokeLeafCertificateBySerialNumber(caId, seededSerialNumber(crlRevoked)).then(() => performance.now() - started);
      let served: Response;
      for (;;) {
        served = await fetch(crl, { headers: { 'if-none-match': oldEtag }, signal: AbortSignal.timeout(DEADLINE_MS) });
        if (served.status === 200) break;
        await served.arrayBuffer();
        if (performance.now() - started > DEADLINE_MS) throw new Error(`No new CRL within ${DEADLINE_MS / 60_000} min`);
        await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
      }
      const newDer = new Uint8Array(await served.arrayBuffer());
      const servedMs = performance.now() - started;
      const revokeMs = await revoked;
      const [duringHealthz, duringGetCaCert] = await Promise.all([during.healthz.stop(), during.getCaCert.stop()]);
      const newEtag = served.headers.get('etag') ?? '';

      const entries = countCrlEntries(newDer);
      if (entries !== crlRevoked + 1) throw new Error(`The new CRL lists ${entries} certificates, not ${crlRevoked + 1}`);
      const warm = await timeSequentially(WARM_REQUESTS, () => fetchOk(crl));
      const statuses = new Set<number>();
      const conditional = await timeSequentially(WARM_REQUESTS, async () => statuses.add((await fetchOk(crl, { headers: { 'if-none-match': newEtag } })).status));
      const lastModified = served.headers.get('last-modified');

      return [
        {
          figure: `CRL at ${formatCount(entries)} revoked: one revocation through Graph until the new CRL is served`,
          value: formatSeconds(servedMs / 1000),
          reference: `goal ≤ ${BUILD_GOAL_SECONDS} s to build and sign; the revocation answered in ${formatSeconds(revokeMs / 1000)}`,
        },
        {
          figure: `/healthz while the CRL is rebuilt (one request every ${POLL_INTERVAL_MS} ms)`,
          value: latencySummary(duringHealthz),
          reference: `goal ≤ ${RESPONSIVE_GOAL_MS} ms; quiet: ${latencySummary(quietHealthz)}`,
        },
        {
          figure: 'SCEP GetCACert while the CRL is rebuilt',
          value: latencySummary(duringGetCaCert),
          reference: `goal ≤ ${RESPONSIVE_GOAL_MS} ms; quiet: ${latencySummary(quietGetCaCert)}`,
        },
        {
          figure: `current.crl warm GET (${(newDer.length / 1024 / 1024).toFixed(1)} MiB), p95 (p50) of ${WARM_REQUESTS}`,
          value: `${formatMs(percentile(warm, 95))} (${formatMs(percentile(warm, 50))})`,
          reference: `ETag ${newEtag || 'missing'}, Last-Modified ${lastModified ? 'set' : 'missing'}`,
        },
        {
          figure: `current.crl with If-None-Match of the current ETag, p95 of ${WARM_REQUESTS}`,
          value: `${[...statuses].join(', ')} in ${formatMs(percentile(conditional, 95))}`,
          reference: 'goal: 304 from the cache, no rebuild',
        },
      ];
    } finally {
      await seeded.stop();
    }
  },
};
