// SCEP enrollment throughput of a portal that is already running (npm run bench:scep; PORTAL_URL and client
// credentials in the environment): N enrollments, C in flight, loopback only. Prints enrollments/s, p50/p95 latency
// and, measured in the same run, OpenSSL's RSA-2048 signs/s. `npm run bench` measures the same on a portal of its own.
import { readBenchSizes, readPortalCredentials } from './bench-config';
import { measureRsa2048Speed } from './openssl-speed';
import { generateRequesterKeys, measureScepEnrollments } from './scep/measure-scep-enrollments';
import { portalScepTarget } from './scep/portal-scep-target';

async function main(): Promise<void> {
  const sizes = readBenchSizes();
  const credentials = readPortalCredentials();
  const target = await portalScepTarget(credentials, sizes.caKey);
  console.log(`Enrolling ${sizes.enrollments} RSA-2048 clients, ${sizes.concurrency} in flight, at ${target.caDisplayName} on ${credentials.portalUrl}…`);
  const result = await measureScepEnrollments(target, await generateRequesterKeys(sizes.enrollments), sizes.concurrency);
  console.log('Measuring openssl speed -seconds 3 rsa2048…');
  const speed = await measureRsa2048Speed();
  const rows: [string, string][] = [
    ['CA key', target.caKeySize],
    ['enrollments', `${result.enrollments} in ${result.seconds.toFixed(2)} s, ${result.concurrency} in flight`],
    ['enrollments/s', result.perSecond.toFixed(1)],
    ['latency p50', `${result.p50Ms.toFixed(1)} ms`],
    ['latency p95', `${result.p95Ms.toFixed(1)} ms`],
    ['openssl rsa2048 sign/s', speed.signsPerSecond.toFixed(1)],
    ['enrollments/s ÷ RSA-2048 signs/s', (result.perSecond / speed.signsPerSecond).toFixed(4)],
  ];
  for (const [label, value] of rows) console.log(`${label.padEnd(34)} ${value}`);
}

main().catch((error: unknown) => {
  console.error('The SCEP benchmark failed:', error);
  process.exit(1);
});
