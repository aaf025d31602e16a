// 1,000 simulated devices check in and enroll over the real SCEP service (issue goal: ≤ 60 s). Each device does
// what an Intune-managed device does at check-in: its MDM mints a one-time challenge through Graph, the device asks
// the SCEP service for its capabilities and CA certificates (GetCACaps, GetCACert), builds its PKCSReq and enrolls
// (PKIOperation), and checks the CertRep. BENCH_CONCURRENCY devices check in at once. The devices' RSA-2048 keys are
// made before the clock starts: a device makes its key on its own hardware, not on the server's two cores.
import { performance } from 'node:perf_hooks';
import { discoverScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { enrollWithScep } from '@/lib/devices/scep-client/enroll-with-scep';
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { x509 } from '@/lib/pki/x509';
import type { Bench } from '../bench';
import { readBenchSizes, readScaleSizes } from '../bench-config';
import { formatCount, formatMs, formatRate, formatSeconds } from '../format-figures';
import { percentile } from '../percentile';
import { connectToPortal } from '../portal-client';
import { generateRequesterKeys } from '../scep/measure-scep-enrollments';

const GOAL_SECONDS = 60;

export const deviceFleetBench: Bench = {
  name: 'devices',
  description: '1,000 simulated devices: challenge through Graph, GetCACaps, GetCACert, PKIOperation each',
  async run(context) {
    const { devices } = readScaleSizes();
    const { concurrency } = readBenchSizes();
    const portal = await context.portal();
    const client = await connectToPortal({ portalUrl: portal.url, clientId: portal.clientId, clientSecret: portal.clientSecret });
    const { issuing } = await client.ensureCaPair('rsa2048', 'Device fleet benchmark');
    context.log(`devices: ${formatCount(devices)} RSA-2048 device keys…`);
    const keys = await generateRequesterKeys(devices);

    context.log(`devices: ${formatCount(devices)} devices check in and enroll, ${concurrency} at a time…`);
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: Math.min(concurrency, devices) }, async () => {
        for (let index = next++; index < devices; index = next++) {
          const begin = performance.now();
          const deviceName = `FLEET-${String(index + 1).padStart(5, '0')}`;
          const { challenge, scepServerUrl } = await client.createChallenge(issuing.id, deviceName);
          const transport = httpScepTransport(scepServerUrl);
          const server = await discoverScepServer(transport);
          await enrollWithScep(transport, server, {
            key: keys[index]!,
            subject: new x509.Name([{ '2.5.4.3': [{ utf8String: deviceName }] }]),
            subjectAlternativeNames: [],
            challengePassword: challenge,
          });
          latencies.push(performance.now() - begin);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return [
      {
        figure: `${formatCount(devices)} devices check in and enroll over SCEP (${concurrency} at a time)`,
        value: formatSeconds(seconds),
        reference: `goal ≤ ${GOAL_SECONDS} s; ${formatRate(devices / seconds)}`,
      },
      {
        figure: 'One device check-in (challenge, GetCACaps, GetCACert, PKIOperation) p95 (p50)',
        value: `${formatMs(percentile(latencies, 95))} (${formatMs(percentile(latencies, 50))})`,
        reference: '',
      },
    ];
  },
};
