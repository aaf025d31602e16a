// kill -9 rounds (issue 9 › Durability) on the embedded database and on PostgreSQL: the real server as a child
// process, SIGKILLed during an enrollment load, during a CA creation and during a CRL republish, then restarted on
// the same DATA_DIR / database. After every restart: it starts, nothing a client was told is lost, no CA is
// half-created, the CRLs verify; at the end the six CA slots match the CAs. Prints rounds survived and certificates lost.
//   KILL_ROUNDS (default 5 of each scenario), KILL_SEED (default 9: the kill moments), KILL_ENROLLMENTS (default 12 per
//   load) for longer local runs.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RequesterKey } from '@/lib/devices/scep-client/requester-key';
import { createTestDatabase, requireTestDatabaseUrl } from '@/lib/db/test-support/postgres-test-database';
import { expect, test } from '../fixtures';
import { checkAfterRestart } from './after-restart-checks';
import { type DurabilityLedger, newLedger } from './durability-ledger';
import { killDuringCaCreation, killDuringCrlRepublish, killDuringEnrollmentLoad, type KillOutcome } from './kill-scenarios';
import { CA_COLLECTION, type GraphCa, listCas, newCaBody, type PortalApi } from '../portal-instances/portal-api';
import { freePort } from '../portal-instances/portal-process';
import { type RestartablePortal, startRestartablePortal } from './restartable-portal';
import { seededRandom } from './scep-fuzz-inputs';
import { generateDeviceKeys, normalizeSerial, prepareEnrollments, sendEnrollments } from '../portal-instances/scep-enrollment-load';

const ROUNDS = Number(process.env.KILL_ROUNDS ?? 5);
const SEED = Number(process.env.KILL_SEED ?? 9);
const ENROLLMENTS = Number(process.env.KILL_ENROLLMENTS ?? 12);
const SETUP_ENROLLMENTS = 4;
const MAX_CAS = 6;

// One pool of device keys for both databases (their servers never meet): RSA-2048 prime searches are the slow part.
let devices: Promise<RequesterKey[]> | undefined;
const deviceKeys = () => (devices ??= generateDeviceKeys(SETUP_ENROLLMENTS + ROUNDS * (ENROLLMENTS + 3)));

async function created(api: PortalApi, body: object): Promise<GraphCa> {
  const answer = await api.call<GraphCa>('POST', CA_COLLECTION, body);
  expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  return answer.body;
}

/** The pair every round uses, plus the undisturbed durations the kill moments are drawn from. */
async function setUp(portal: RestartablePortal, keys: RequesterKey[]): Promise<DurabilityLedger> {
  const root = await created(portal.api, newCaBody('Kill-9 root CA'));
  const started = performance.now();
  const issuing = await created(portal.api, newCaBody('Kill-9 issuing CA', root.id));
  const caCreationMs = performance.now() - started;

  const certificates = await sendEnrollments(await prepareEnrollments(portal.api, issuing.id, keys, 'kill-9-setup'), SETUP_ENROLLMENTS);
  expect(certificates).toHaveLength(SETUP_ENROLLMENTS);
  const leaves = (await portal.api.call<{ value: { id: string; serialNumber: string }[] }>('GET', `${CA_COLLECTION}/${issuing.id}/cloudCertificationAuthorityLeafCertificate`)).body.value;
  const revokeStarted = performance.now();
  const revoke = await portal.api.call('POST', `${CA_COLLECTION}/${issuing.id}/revokeLeafCertificates`, { leafCertificateIds: [leaves[0]!.id] });
  expect(revoke.status).toBe(200);
  const ledger = newLedger({ root, issuing, caCreationMs, revocationMs: performance.now() - revokeStarted });
  for (const certificate of certificates) ledger.received.add(normalizeSerial(certificate.serialNumber));
  ledger.revoked.add(leaves[0]!.serialNumber);
  return ledger;
}

/** After the rounds: fill the tenant to six CAs, and the seventh is refused — no slot leaked or doubled by a kill. */
async function checkSlots(api: PortalApi): Promise<void> {
  const existing = (await listCas(api)).length;
  for (let index = existing; index < MAX_CAS; index++) await created(api, newCaBody(`Kill-9 filler root ${index + 1}`));
  expect((await listCas(api)).length).toBe(MAX_CAS);
  const seventh = await api.call<{ error: { code: string } }>('POST', CA_COLLECTION, newCaBody('Kill-9 seventh root'));
  expect(seventh.status).toBe(409);
}

for (const database of ['PGlite', 'PostgreSQL'] as const) {
  test(`kill -9 during enrollments, CA creation and CRL republishing loses nothing (${database})`, async () => {
    test.setTimeout(ROUNDS * 3 * 60_000);
    const keysReady = deviceKeys(); // while the server starts
    const dataDir = mkdtempSync(join(tmpdir(), 'cloud-pki-kill-9-'));
    const postgres = database === 'PostgreSQL' ? await createTestDatabase(requireTestDatabaseUrl()) : undefined;
    const portal = await startRestartablePortal({ port: await freePort(), dataDir, ...(postgres && { databaseUrl: postgres.url }) });
    try {
      const keys = [...(await keysReady)];
      const ledger = await setUp(portal, keys.splice(0, SETUP_ENROLLMENTS));
      const random = seededRandom(SEED);
      const scenarios: ((round: number) => Promise<KillOutcome>)[] = [
        () => killDuringEnrollmentLoad(portal, ledger, random, keys.splice(0, ENROLLMENTS)),
        (round) => killDuringCaCreation(portal, ledger, random, round),
        () => killDuringCrlRepublish(portal, ledger, random),
      ];
      const problems: string[] = [];
      let survived = 0;
      let midway = 0;
      const lost = new Set<string>();
      for (let round = 1; round <= ROUNDS; round++) {
        for (const scenario of scenarios) {
          const outcome = await scenario(round);
          await portal.restart();
          const verdict = await checkAfterRestart(portal.api, ledger, keys.shift()!);
          for (const serial of verdict.lost) lost.add(serial);
          if (verdict.problems.length === 0) survived += 1;
          if (outcome.killedMidway) midway += 1;
          problems.push(...verdict.problems.map((problem) => `round ${round}, ${outcome.scenario} (${outcome.detail}): ${problem}`));
        }
      }
      await checkSlots(portal.api);
      console.log(
        `kill -9 on ${database}: ${survived} of ${ROUNDS * scenarios.length} rounds survived (${midway} killed mid-request, seed ${SEED}); ` +
          `certificates lost: ${lost.size} of ${ledger.received.size} received; revocations confirmed: ${ledger.revoked.size}`,
      );
      expect(problems).toEqual([]);
      expect(lost.size).toBe(0);
    } finally {
      await portal.stop();
      await postgres?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
}
