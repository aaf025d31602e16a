// SCEP enrollment throughput of the portal under load (issue goals: ≥ 25 % of the crypto ceiling, ≥ 2× a reference
// SCEP server with the same client), p95 latency, and the ceiling itself: every enrollment costs the server at least
// three RSA private-key operations (RA unwrap, CA signature with an RSA CA, RA signature of the CertRep), so
// openssl's RSA-2048 signs/s ÷ 3 bounds what any SCEP server can do on this machine.
import type { Bench } from '../bench';
import { readBenchSizes, readScepReference } from '../bench-config';
import { formatCount, formatMs, formatPercent, formatRate } from '../format-figures';
import { generateRequesterKeys, measureScepEnrollments } from '../scep/measure-scep-enrollments';
import { portalScepTarget } from '../scep/portal-scep-target';

const PRIVATE_KEY_OPERATIONS_PER_ENROLLMENT = 3;

export const scepThroughputBench: Bench = {
  name: 'scep',
  description: 'SCEP enrollments/s and p95 at N in flight, against openssl speed and a reference SCEP server',
  async run(context) {
    const sizes = readBenchSizes();
    const reference = readScepReference();
    const portal = await context.portal();
    const target = await portalScepTarget({ portalUrl: portal.url, clientId: portal.clientId, clientSecret: portal.clientSecret }, sizes.caKey);
    context.log(`scep: ${sizes.enrollments} RSA-2048 requester keys…`);
    const keys = await generateRequesterKeys(sizes.enrollments);
    context.log(`scep: ${sizes.enrollments} enrollments, ${sizes.concurrency} in flight, at the portal…`);
    const ours = await measureScepEnrollments(target, keys, sizes.concurrency);
    let theirs;
    if (reference) {
      context.log(`scep: the same at the reference ${reference.scepUrl}…`);
      theirs = await measureScepEnrollments({ scepUrl: reference.scepUrl, challenges: async (count) => Array(count).fill(reference.challenge) }, keys, sizes.concurrency);
    }
    const speed = await context.rsa2048Speed();
    const ceiling = speed.signsPerSecond / PRIVATE_KEY_OPERATIONS_PER_ENROLLMENT;
    const load = `${target.caKeySize} CA, ${ours.enrollments} enrollments, ${ours.concurrency} in flight`;
    return [
      {
        figure: `SCEP enrollments/s (${load})`,
        value: formatRate(ours.perSecond),
        reference: `${formatPercent(ours.perSecond / ceiling)} of the crypto ceiling ${formatRate(ceiling)} (goal ≥ 25 %)`,
      },
      { figure: 'SCEP latency p95 (p50) under that load', value: `${formatMs(ours.p95Ms)} (${formatMs(ours.p50Ms)})`, reference: '' },
      {
        figure: 'Crypto ceiling: openssl speed -seconds 3 rsa2048 signs/s ÷ 3',
        value: formatRate(ceiling),
        reference: `${formatCount(speed.signsPerSecond)} RSA-2048 signs/s`,
      },
      theirs
        ? {
            figure: `SCEP enrollments/s, reference server (same client, keys, load)`,
            value: formatRate(theirs.perSecond),
            reference: `portal ÷ reference = ${(ours.perSecond / theirs.perSecond).toFixed(2)}× (goal ≥ 2×); reference p95 ${formatMs(theirs.p95Ms)}`,
          }
        : { figure: 'SCEP enrollments/s, reference server', value: 'not set', reference: 'set SCEP_REFERENCE_URL (and SCEP_REFERENCE_CHALLENGE) to a micromdm/scep on this machine' },
    ];
  },
};
