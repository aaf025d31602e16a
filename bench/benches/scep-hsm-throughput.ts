// SCEP enrollments/s with the CA and RA keys in a PKCS#11 token beside the same with software keys (issue goal: the
// PKCS#11 path keeps the SCEP service's throughput within 2× of the software path). One portal of its own, on a
// SoftHSM2 token made for the run, holds both CA pairs: the first is created in the new install's trial (software
// keys), the second after the tenant buys Intune Suite (HSM keys). Both are measured with the same client, requester
// keys and load, after a warm-up each, so the difference is where the keys live.
import { createSoftHsmToken } from '@/lib/keys/test-support/softhsm-token';
import type { Bench, BenchRow } from '../bench';
import { readBenchSizes } from '../bench-config';
import { formatMs, formatRate } from '../format-figures';
import { connectToPortal, type PortalCredentials } from '../portal-client';
import { generateRequesterKeys, measureScepEnrollments } from '../scep/measure-scep-enrollments';
import { type PortalScepTarget, portalScepTarget } from '../scep/portal-scep-target';
import { startPortal } from '../start-portal';

/** Within 2×: PKCS#11 enrollments/s at least half the software ones. */
const GOAL_RATIO = 0.5;

function expectPlatform(target: PortalScepTarget, platform: PortalScepTarget['caKeyPlatform']): PortalScepTarget {
  if (target.caKeyPlatform !== platform) throw new Error(`${target.caDisplayName} has keyPlatform ${target.caKeyPlatform}, not ${platform}`);
  return target;
}

export const scepHsmThroughputBench: Bench = {
  name: 'scep-hsm',
  description: 'SCEP enrollments/s with PKCS#11 (SoftHSM2) CA and RA keys beside software keys, on one portal',
  async run(context) {
    const sizes = readBenchSizes();
    const token = createSoftHsmToken('Cloud PKI bench');
    context.log('scep-hsm: starting a portal with a SoftHSM2 token…');
    const portal = await startPortal({
      settings: {
        PKCS11_MODULE: token.modulePath,
        PKCS11_TOKEN_LABEL: token.tokenLabel,
        PKCS11_PIN: token.pin,
        // SoftHSM2 finds the run's token directory through its configuration file.
        SOFTHSM2_CONF: process.env.SOFTHSM2_CONF ?? '',
      },
    });
    try {
      const credentials: PortalCredentials = { portalUrl: portal.url, clientId: portal.clientId, clientSecret: portal.clientSecret };
      const software = expectPlatform(await portalScepTarget(credentials, sizes.caKey, 'SCEP software-key benchmark'), 'software');
      await (await connectToPortal(credentials)).setLicense('intuneSuite');
      const hsm = expectPlatform(await portalScepTarget(credentials, sizes.caKey, 'SCEP HSM-key benchmark'), 'hardwareSecurityModule');

      const warmUp = sizes.concurrency;
      context.log(`scep-hsm: ${sizes.enrollments + warmUp} RSA-2048 requester keys…`);
      const keys = await generateRequesterKeys(sizes.enrollments + warmUp);
      const [warmUpKeys, measuredKeys] = [keys.slice(0, warmUp), keys.slice(warmUp)];
      // The first enrollments of each CA pay for compilation, caches and the token's first key lookups.
      for (const target of [software, hsm]) await measureScepEnrollments(target, warmUpKeys, sizes.concurrency);

      context.log(`scep-hsm: ${sizes.enrollments} enrollments, ${sizes.concurrency} in flight, software keys…`);
      const softwareResult = await measureScepEnrollments(software, measuredKeys, sizes.concurrency);
      context.log(`scep-hsm: the same with PKCS#11 keys…`);
      const hsmResult = await measureScepEnrollments(hsm, measuredKeys, sizes.concurrency);

      const ratio = hsmResult.perSecond / softwareResult.perSecond;
      const load = `${hsm.caKeySize} CA, ${hsmResult.enrollments} enrollments, ${hsmResult.concurrency} in flight`;
      const rows: BenchRow[] = [
        {
          figure: `SCEP enrollments/s, PKCS#11 keys in SoftHSM2 (${load})`,
          value: formatRate(hsmResult.perSecond),
          reference: `software keys ${formatRate(softwareResult.perSecond)}; PKCS#11 ÷ software = ${ratio.toFixed(2)} (goal ≥ ${GOAL_RATIO}: within 2×)`,
        },
        {
          figure: 'SCEP enrollments/s, software keys (same portal, client, keys, load)',
          value: formatRate(softwareResult.perSecond),
          reference: '',
        },
        {
          figure: 'SCEP latency p95 (p50), PKCS#11 keys',
          value: `${formatMs(hsmResult.p95Ms)} (${formatMs(hsmResult.p50Ms)})`,
          reference: `software keys ${formatMs(softwareResult.p95Ms)} (${formatMs(softwareResult.p50Ms)})`,
        },
      ];
      return rows;
    } finally {
      await portal.stop();
    }
  },
};
