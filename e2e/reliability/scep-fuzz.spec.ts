// The SCEP service against a bounded, seeded fuzzer (issue 9): every input gets a 4xx or a CertRep FAILURE with a
// failInfo — never a 5xx, never a hang — and afterwards the service still enrolls a real device.
//   SCEP_FUZZ_COUNT (default 10000), SCEP_FUZZ_SEED (default 9), SCEP_FUZZ_CONCURRENCY (default 8) for longer local runs.
import { X509Certificate } from 'node:crypto';
import { discoverScepServer } from '@/lib/devices/scep-client/discover-scep-server';
import { enrollWithScep } from '@/lib/devices/scep-client/enroll-with-scep';
import { generateRequesterKey } from '@/lib/devices/scep-client/requester-key';
import { httpScepTransport } from '@/lib/devices/scep-client/scep-transport';
import { SCEP_BODY_LIMIT } from '@/lib/http/body-limits';
import { x509 } from '@/lib/pki/x509';
import { parsePkiMessage } from '@/lib/scep/parse-pki-message';
import { FAIL_INFO, PKI_STATUS } from '@/lib/scep/scep-message-type';
import { CA_COLLECTION, expect, sharedPki, test } from '../fixtures';
import { fuzzInputs, type FuzzInput } from './scep-fuzz-inputs';
import { buildFuzzSeeds } from './scep-fuzz-seeds';

const INPUTS = Number(process.env.SCEP_FUZZ_COUNT ?? 10_000);
const SEED = Number(process.env.SCEP_FUZZ_SEED ?? 9);
const CONCURRENCY = Number(process.env.SCEP_FUZZ_CONCURRENCY ?? 8);
const REQUEST_TIMEOUT_MS = 20_000; // "no hang": far above any honest answer on a loaded 2-core machine

/** What is wrong with the answer to one input, or undefined when it is a proper refusal. */
function judge(input: FuzzInput, status: number, contentType: string, body: Uint8Array): string | undefined {
  if (status >= 500) return `HTTP ${status}`;
  if (status !== 200) {
    if (input.seed && 'status' in input.seed.expected && input.seed.expected.status !== status) return `HTTP ${status}, expected ${input.seed.expected.status}`;
    return undefined;
  }
  if (contentType !== 'application/x-pki-message') return `200 with ${contentType}`;
  const reply = parsePkiMessage(body);
  if (reply.pkiStatus !== String(PKI_STATUS.FAILURE)) return `CertRep pkiStatus ${reply.pkiStatus}`;
  if (!Object.values(FAIL_INFO).map(String).includes(reply.failInfo ?? '')) return `CertRep failInfo ${reply.failInfo}`;
  if (input.seed) {
    if (!('failInfo' in input.seed.expected)) return `CertRep FAILURE ${reply.failInfo}, expected HTTP ${input.seed.expected.status}`;
    if (reply.failInfo !== String(FAIL_INFO[input.seed.expected.failInfo])) return `failInfo ${reply.failInfo}, expected ${input.seed.expected.failInfo}`;
  }
  return undefined;
}

test('the SCEP service answers 10,000 hostile inputs without a 5xx or a hang, then still enrolls', async ({ request }) => {
  test.setTimeout(20 * 60_000);
  const { issuing, authorization } = await sharedPki(request);
  const newChallenge = async () => {
    const response = await request.post(`${CA_COLLECTION}/${issuing.id}/createScepChallenge`, { headers: { authorization }, data: { deviceName: 'fuzz-device' } });
    expect(response.status()).toBe(200);
    return (await response.json()) as { challenge: string; scepServerUrl: string };
  };
  const { scepServerUrl } = await newChallenge();
  const transport = httpScepTransport(scepServerUrl);
  const server = await discoverScepServer(transport);
  const key = await generateRequesterKey(2048);
  const seeds = await buildFuzzSeeds(server, key, async () => (await newChallenge()).challenge);

  const statuses = new Map<string, number>();
  const problems: string[] = [];
  let tried = 0;
  const send = async (input: FuzzInput) => {
    const url = new URL(scepServerUrl);
    url.searchParams.set('operation', 'PKIOperation');
    let init: RequestInit = { method: 'POST', body: input.bytes && Buffer.from(input.bytes), headers: { 'content-type': 'application/x-pki-message' } };
    let target = url.toString();
    if (input.method === 'GET') {
      init = { method: 'GET' };
      target = `${target}&message=${input.rawMessage ?? encodeURIComponent(Buffer.from(input.bytes ?? []).toString('base64'))}`;
    }
    try {
      const response = await fetch(target, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
      const body = new Uint8Array(await response.arrayBuffer());
      const key = `${response.status}${response.status === 200 ? ` ${parsePkiMessageStatus(body)}` : ''}`;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
      const problem = judge(input, response.status, (response.headers.get('content-type') ?? '').split(';')[0]!, body);
      if (problem) problems.push(`${input.kind} (${input.method}): ${problem}`);
    } catch (error) {
      const name = (error as Error).name;
      statuses.set(name, (statuses.get(name) ?? 0) + 1);
      problems.push(`${input.kind} (${input.method}): ${name === 'TimeoutError' ? 'no answer (hang)' : (error as Error).message}`);
    }
    tried += 1;
  };

  const startedAt = Date.now();
  const inputs = fuzzInputs(seeds, INPUTS, SEED, SCEP_BODY_LIMIT);
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let next = inputs.next(); !next.done; next = inputs.next()) await send(next.value);
    }),
  );

  // Still serving: a real enrollment with a real challenge, listed on the CA.
  const certificateDer = await enrollWithScep(transport, server, {
    key,
    subject: new x509.Name('CN=after-the-fuzz'),
    subjectAlternativeNames: [],
    challengePassword: (await newChallenge()).challenge,
  });
  const serialNumber = new X509Certificate(certificateDer).serialNumber;
  const listed = await request.post(`${CA_COLLECTION}/${issuing.id}/searchCloudCertificationAuthorityLeafCertificateBySerialNumber`, {
    headers: { authorization },
    data: { certificateSerialNumber: serialNumber },
  });

  const fiveHundreds = [...statuses].filter(([status]) => status.startsWith('5')).reduce((sum, [, n]) => sum + n, 0);
  console.log(
    `SCEP fuzzer (seed ${SEED}): ${tried} inputs tried in ${((Date.now() - startedAt) / 1000).toFixed(1)} s, ${fiveHundreds} × 5xx, statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; ` +
      `enrollment afterwards: ${listed.status() === 200 ? 'issued and listed' : `HTTP ${listed.status()}`}`,
  );
  for (const problem of problems.slice(0, 20)) console.log(`  ${problem}`);
  expect(tried).toBe(INPUTS);
  expect(problems).toEqual([]);
  expect(listed.status()).toBe(200);
});

function parsePkiMessageStatus(body: Uint8Array): string {
  try {
    const reply = parsePkiMessage(body);
    return `pkiStatus ${reply.pkiStatus} failInfo ${reply.failInfo}`;
  } catch {
    return 'not a CertRep';
  }
}
