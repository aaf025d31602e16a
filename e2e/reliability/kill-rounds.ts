// One deployment through the kill -9 rounds: its own DATA_DIR (and PostgreSQL database), a root and issuing CA set up
// undisturbed, then for each round the three scenarios, each followed by a restart and the checks. Ends by filling the
// tenant's CA slots. Returns what it saw; the spec decides.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { RequesterKey } from '@/lib/devices/scep-client/requester-key';
import { createTestDatabase } from '@/lib/db/test-support/postgres-test-database';
import { CA_COLLECTION, type GraphCa, listCas, newCaBody, type PortalApi } from '../portal-instances/portal-api';
import { freePort } from '../portal-instances/portal-process';
import { generateDeviceKeys, normalizeSerial, prepareEnrollments, sendEnrollments } from '../portal-instances/scep-enrollment-load';
import { checkAfterRestart } from './after-restart-checks';
import { type DurabilityLedger, newLedger } from './durability-ledger';
import { killDuringCaCreation, killDuringCrlRepublish, killDuringEnrollmentLoad, type KillOutcome } from './kill-scenarios';
import { type RestartablePortal, startRestartablePortal } from './restartable-portal';
import { seededRandom } from './scep-fuzz-inputs';

const SETUP_ENROLLMENTS = 4;
const MAX_CAS = 6;
const SCENARIOS = 3;

export interface KillRoundsSettings {
  readonly rounds: number;
  readonly seed: number;
  readonly enrollmentsPerLoad: number;
  /** An admin URL of PostgreSQL for a throw-away database; PGlite in a temp DATA_DIR without it. */
  readonly postgresAdminUrl?: string;
}

export interface KillRoundsReport {
  readonly rounds: number;
  readonly survived: number;
  readonly killedMidway: number;
  readonly received: number;
  readonly revoked: number;
  readonly lost: number;
  /** Everything that did not hold, each prefixed with its round. */
  readonly problems: string[];
}

// One pool of device keys for every deployment (their servers never meet): the RSA-2048 prime searches are the slow part.
const keyPools = new Map<number, Promise<RequesterKey[]>>();
async function deviceKeys(settings: KillRoundsSettings): Promise<RequesterKey[]> {
  const count = SETUP_ENROLLMENTS + settings.rounds * (settings.enrollmentsPerLoad + SCENARIOS);
  if (!keyPools.has(count)) keyPools.set(count, generateDeviceKeys(count));
  return [...(await keyPools.get(count)!)];
}

async function created(api: PortalApi, body: object): Promise<GraphCa> {
  const answer = await api.call<GraphCa>('POST', CA_COLLECTION, body);
  if (answer.status !== 201) throw new Error(`Creating a CA answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body;
}

/** The pair every round uses, plus the undisturbed durations the kill moments are drawn from. */
async function setUp(portal: RestartablePortal, keys: RequesterKey[]): Promise<DurabilityLedger> {
  const root = await created(portal.api, newCaBody('Kill-9 root CA'));
  const started = performance.now();
  const issuing = await created(portal.api, newCaBody('Kill-9 issuing CA', root.id));
  const caCreationMs = performance.now() - started;

  const certificates = await sendEnrollments(await prepareEnrollments(portal.api, issuing.id, keys, 'kill-9-setup'), SETUP_ENROLLMENTS);
  if (certificates.length !== SETUP_ENROLLMENTS) throw new Error(`Only ${certificates.length} of ${SETUP_ENROLLMENTS} undisturbed enrollments succeeded`);
  const leaves = (await portal.api.call<{ value: { id: string; serialNumber: string }[] }>('GET', `${CA_COLLECTION}/${issuing.id}/cloudCertificationAuthorityLeafCertificate`)).body.value;
  const revokeStarted = performance.now();
  const revoke = await portal.api.call('POST', `${CA_COLLECTION}/${issuing.id}/revokeLeafCertificates`, { leafCertificateIds: [leaves[0]!.id] });
  if (revoke.status !== 200) throw new Error(`The undisturbed revocation answered ${revoke.status}`);
  const ledger = newLedger({ root, issuing, caCreationMs, revocationMs: performance.now() - revokeStarted });
  for (const certificate of certificates) ledger.received.add(normalizeSerial(certificate.serialNumber));
  ledger.revoked.add(leaves[0]!.serialNumber);
  return ledger;
}

/** After the rounds: fill the tenant to six CAs, and the seventh is refused — no slot leaked or doubled by a kill. */
async function checkSlots(api: PortalApi, problems: string[]): Promise<void> {
  const existing = (await listCas(api)).length;
  for (let index = existing; index < MAX_CAS; index++) await created(api, newCaBody(`Kill-9 filler root ${index + 1}`));
  const listed = (await listCas(api)).length;
  if (listed !== MAX_CAS) problems.push(`after filling the slots, ${listed} CAs are listed instead of ${MAX_CAS}`);
  const seventh = await api.call('POST', CA_COLLECTION, newCaBody('Kill-9 seventh root'));
  if (seventh.status !== 409) problems.push(`a seventh CA answered ${seventh.status}, not 409`);
}

export async function runKillRounds(label: string, settings: KillRoundsSettings, log: (line: string) => void): Promise<KillRoundsReport> {
  const keys = await deviceKeys(settings);
  const dataDir = mkdtempSync(join(tmpdir(), 'cloud-pki-kill-9-'));
  const postgres = settings.postgresAdminUrl ? await createTestDatabase(settings.postgresAdminUrl) : undefined;
  const portal = await startRestartablePortal({ port: await freePort(), dataDir, ...(postgres && { databaseUrl: postgres.url }) });
  try {
    const ledger = await setUp(portal, keys.splice(0, SETUP_ENROLLMENTS));
    const random = seededRandom(settings.seed);
    const scenarios: ((round: number) => Promise<KillOutcome>)[] = [
      () => killDuringEnrollmentLoad(portal, ledger, random, keys.splice(0, settings.enrollmentsPerLoad)),
      (round) => killDuringCaCreation(portal, ledger, random, round),
      () => killDuringCrlRepublish(portal, ledger, random),
    ];
    const problems: string[] = [];
    const lost = new Set<string>();
    let survived = 0;
    let killedMidway = 0;
    for (let round = 1; round <= settings.rounds; round++) {
      for (const scenario of scenarios) {
        const outcome = await scenario(round);
        await portal.restart();
        const verdict = await checkAfterRestart(portal.api, ledger, keys.shift()!);
        for (const serial of verdict.lost) lost.add(serial);
        if (verdict.problems.length === 0) survived += 1;
        if (outcome.killedMidway) killedMidway += 1;
        log(`${label} round ${round}, ${outcome.scenario}: ${outcome.detail}; ${verdict.problems.length ? `${verdict.problems.length} problem(s)` : 'restarted, all held'}`);
        problems.push(...verdict.problems.map((problem) => `round ${round}, ${outcome.scenario} (${outcome.detail}): ${problem}`));
      }
    }
    await checkSlots(portal.api, problems);
    return { rounds: settings.rounds * SCENARIOS, survived, killedMidway, received: ledger.received.size, revoked: ledger.revoked.size, lost: lost.size, problems };
  } finally {
    await portal.stop();
    await postgres?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
