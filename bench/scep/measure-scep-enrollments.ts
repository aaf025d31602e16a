// SCEP enrollment throughput against one SCEP server, with the SCEP client the device simulator uses
// (lib/devices/scep-client). Keys, challenges and PKCSReq messages are made before the clock starts, so the timed part
// is the server's: each enrollment is one PKIOperation — RA unwrap, challenge check, CA signature, stored leaf,
// RA-signed CertRep — plus the client's check of the reply. GetCACaps/GetCACert run once, as a client that keeps the
// RA certificate. The same keys can be enrolled against two servers, so a reference server gets identical work.
import { performance } from 'node:perf_hooks';
import { discoverScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { sendPkcsReq } from '@/lib/devices/scep-client/enroll-with-scep';
import { preparePkcsReq } from '@/lib/devices/scep-client/prepare-pkcs-req';
import { generateRequesterKey, type RequesterKey } from '@/lib/devices/scep-client/requester-key';
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { x509 } from '@/lib/pki/x509';
import { inBatches } from '../in-batches';
import { percentile } from '../percentile';

export interface ScepTarget {
  readonly scepUrl: string;
  /** One usable challenge password per enrollment. */
  challenges(count: number): Promise<readonly string[]>;
}

export interface ScepThroughput {
  readonly enrollments: number;
  readonly concurrency: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p95Ms: number;
}

const DEADLINE_MS = 15 * 60_000;

/** RSA-2048 requester keys, made once and enrolled against every server of the run. */
export const generateRequesterKeys = (count: number): Promise<RequesterKey[]> => inBatches(count, 8, () => generateRequesterKey(2048));

export async function measureScepEnrollments(target: ScepTarget, keys: readonly RequesterKey[], concurrency: number): Promise<ScepThroughput> {
  const challenges = await target.challenges(keys.length);
  const transport = httpScepTransport(target.scepUrl);
  const server = await discoverScepServer(transport);
  const prepared = await inBatches(keys.length, 8, (index) =>
    preparePkcsReq(server, {
      key: keys[index]!,
      subject: new x509.Name([{ '2.5.4.3': [{ utf8String: `bench-device-${index + 1}` }] }]),
      subjectAlternativeNames: [],
      challengePassword: challenges[index]!,
    }),
  );

  const latencies: number[] = [];
  let nextIndex = 0;
  const deadline = AbortSignal.timeout(DEADLINE_MS);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, prepared.length) }, async () => {
      for (let index = nextIndex++; index < prepared.length; index = nextIndex++) {
        deadline.throwIfAborted();
        const begin = performance.now();
        await sendPkcsReq(transport, server, prepared[index]!);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    enrollments: prepared.length,
    concurrency,
    seconds,
    perSecond: prepared.length / seconds,
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
  };
}
