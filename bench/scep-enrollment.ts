// SCEP enrollment throughput of a running portal (npm run bench:scep), with the SCEP client the device simulator uses
// (lib/devices/scep-client). Keys, challenges and PKCSReq messages are made before the clock starts, so the timed part
// is the server's: each enrollment is one PKIOperation — RA unwrap, challenge check, CA signature, stored leaf, RA-signed
// CertRep — plus the client's check of the reply. GetCACaps/GetCACert run once, as a client that keeps the RA
// certificate. Prints enrollments/s, p50/p95 latency and, measured in the same run, OpenSSL's RSA-2048 signs/s.
// Bounded: N enrollments, C in flight, loopback only, and a deadline. Not a test.
import { performance } from 'node:perf_hooks';
import { discoverScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { sendPkcsReq } from '@/lib/devices/scep-client/enroll-with-scep';
import { preparePkcsReq } from '@/lib/devices/scep-client/prepare-pkcs-req';
import { generateRequesterKey } from '@/lib/devices/scep-client/requester-key';
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { x509 } from '@/lib/pki/x509';
import { readBenchConfig } from './bench-config';
import { measureRsa2048Speed } from './openssl-speed';
import { percentile } from './percentile';
import { connectToPortal } from './portal-client';

const DEADLINE_MS = 15 * 60_000;

async function inBatches<T>(count: number, batch: number, make: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let start = 0; start < count; start += batch) {
    results.push(...(await Promise.all(Array.from({ length: Math.min(batch, count - start) }, (_, offset) => make(start + offset)))));
  }
  return results;
}

async function main(): Promise<void> {
  const config = readBenchConfig();
  const portal = await connectToPortal(config);
  const { issuing, created } = await portal.ensureCaPair();
  console.log(`${created ? 'Created' : 'Reusing'} ${issuing.displayName} (${issuing.id}) on ${config.portalUrl}`);

  console.log(`Preparing ${config.enrollments} RSA-2048 client keys, challenges and PKCSReq messages…`);
  const keys = await inBatches(config.enrollments, 8, () => generateRequesterKey(2048));
  const challenges = await inBatches(config.enrollments, 4, () => portal.createChallenge(issuing.id));
  const transport = httpScepTransport(challenges[0]?.scepServerUrl ?? '');
  const server = await discoverScepServer(transport);
  const prepared = await inBatches(config.enrollments, 8, (index) =>
    preparePkcsReq(server, {
      key: keys[index]!,
      subject: new x509.Name([{ '2.5.4.3': [{ utf8String: `bench-device-${index + 1}` }] }]),
      subjectAlternativeNames: [],
      challengePassword: challenges[index]!.challenge,
    }),
  );

  console.log(`Enrolling ${config.enrollments} clients, ${config.concurrency} in flight…`);
  const latencies: number[] = [];
  let nextIndex = 0;
  const deadline = setTimeout(() => {
    console.error(`Stopped: the run exceeded ${DEADLINE_MS / 60_000} minutes`);
    process.exit(2);
  }, DEADLINE_MS);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(config.concurrency, config.enrollments) }, async () => {
      for (let index = nextIndex++; index < prepared.length; index = nextIndex++) {
        const begin = performance.now();
        await sendPkcsReq(transport, server, prepared[index]!);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearTimeout(deadline);

  console.log('Measuring openssl speed -seconds 3 rsa2048…');
  const speed = await measureRsa2048Speed();
  const perSecond = config.enrollments / seconds;
  const rows: [string, string][] = [
    ['CA key', issuing.certificateKeySize],
    ['enrollments', `${config.enrollments} in ${seconds.toFixed(2)} s, ${config.concurrency} in flight`],
    ['enrollments/s', perSecond.toFixed(1)],
    ['latency p50', `${percentile(latencies, 50).toFixed(1)} ms`],
    ['latency p95', `${percentile(latencies, 95).toFixed(1)} ms`],
    ['openssl rsa2048 sign/s', speed.signsPerSecond.toFixed(1)],
    ['enrollments/s ÷ RSA-2048 signs/s', (perSecond / speed.signsPerSecond).toFixed(4)],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(34)} ${value}`);
}

main().catch((error: unknown) => {
  console.error('The SCEP benchmark failed:', error);
  process.exit(1);
});
