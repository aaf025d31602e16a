// The three moments issue 9 kills the portal at: an enrollment load, a CA creation and a CRL republish (the one a
// revocation triggers). Each starts the work, sends SIGKILL at a moment drawn from the seeded random source, and
// writes into the ledger only what a client was told before the process died.
import { setTimeout as sleep } from 'node:timers/promises';
import type { RequesterKey } from '@/lib/devices/scep-client/requester-key';
import type { DurabilityLedger } from './durability-ledger';
import { CA_COLLECTION, type GraphAnswer, type GraphCa, listLeaves, newCaBody } from '../portal-instances/portal-api';
import type { RestartablePortal } from './restartable-portal';
import { normalizeSerial, prepareEnrollments, sendEnrollments } from '../portal-instances/scep-enrollment-load';

export const ENROLLMENTS_IN_FLIGHT = 8;
const REVOCATIONS_PER_ROUND = 3;
// Kill moments span 1.5× the undisturbed duration: mostly mid-request, sometimes just after the answer (then what the
// client was told must hold too).
const KILL_WINDOW = 1.5;

export interface KillOutcome {
  readonly scenario: string;
  /** The work was still going when the process died (not finished just before the kill). */
  readonly killedMidway: boolean;
  readonly detail: string;
}

type Random = () => number;

/** Runs `work`, kills the portal after `delayMs`, and says whether the work had settled by then. */
async function killDuring<T>(portal: RestartablePortal, delayMs: number, work: Promise<T>): Promise<{ result: T; killedMidway: boolean }> {
  let isSettled = false;
  const settled = work.finally(() => {
    isSettled = true;
  });
  await sleep(delayMs);
  const killedMidway = !isSettled;
  await portal.kill();
  return { result: await settled, killedMidway };
}

/** An answer, or undefined when the connection died before a whole response arrived. */
const answerOrCut = <T>(call: Promise<GraphAnswer<T>>) => call.catch(() => undefined);

export async function killDuringEnrollmentLoad(portal: RestartablePortal, ledger: DurabilityLedger, random: Random, keys: readonly RequesterKey[]): Promise<KillOutcome> {
  const prepared = await prepareEnrollments(portal.api, ledger.issuing.id, keys, 'kill-9-device');
  // After the k-th certificate arrives (k in the first half of the load), plus up to 50 ms: mid-load, requests in flight.
  const killAfter = 1 + Math.floor(random() * Math.max(1, keys.length / 2));
  const extraMs = Math.floor(random() * 50);
  let killing: Promise<void> | undefined;
  const received = await sendEnrollments(prepared, ENROLLMENTS_IN_FLIGHT, (count) => {
    if (count === killAfter) killing = sleep(extraMs).then(() => portal.kill());
  });
  if (!killing) throw new Error(`Only ${received.length} of ${keys.length} enrollments succeeded before any kill: the load never got going`);
  await killing;
  for (const certificate of received) ledger.received.add(normalizeSerial(certificate.serialNumber));
  return {
    scenario: 'enrollment load',
    killedMidway: received.length < keys.length,
    detail: `killed ${extraMs} ms after certificate ${killAfter}; ${received.length} of ${keys.length} received`,
  };
}

export async function killDuringCaCreation(portal: RestartablePortal, ledger: DurabilityLedger, random: Random, round: number): Promise<KillOutcome> {
  const delayMs = Math.floor(random() * ledger.caCreationMs * KILL_WINDOW);
  const create = answerOrCut(portal.api.call<GraphCa>('POST', CA_COLLECTION, newCaBody(`Kill-9 round ${round} issuing CA`, ledger.root.id)));
  const { result: answer, killedMidway } = await killDuring(portal, delayMs, create);
  if (answer && answer.status !== 201) throw new Error(`Creating the round's CA answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  if (answer) ledger.createdCaId = answer.body.id;
  return { scenario: 'CA creation', killedMidway, detail: `killed ${delayMs} ms into the create; ${answer ? '201 received' : 'no answer'}` };
}

export async function killDuringCrlRepublish(portal: RestartablePortal, ledger: DurabilityLedger, random: Random): Promise<KillOutcome> {
  const active = (await listLeaves(portal.api, ledger.issuing.id)).filter((leaf) => leaf.certificateStatus === 'active');
  const chosen = Array.from({ length: Math.min(REVOCATIONS_PER_ROUND, active.length) }, () => active.splice(Math.floor(random() * active.length), 1)[0]!);
  if (chosen.length === 0) throw new Error('No active certificate left to revoke');
  const delayMs = Math.floor(random() * ledger.revocationMs * KILL_WINDOW);
  const revoke = answerOrCut(
    portal.api.call('POST', `${CA_COLLECTION}/${ledger.issuing.id}/revokeLeafCertificates`, {
      leafCertificateIds: chosen.map((leaf) => leaf.id),
      revocationReason: 'keyCompromise',
    }),
  );
  const { result: answer, killedMidway } = await killDuring(portal, delayMs, revoke);
  if (answer && answer.status !== 200) throw new Error(`Revoking answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  if (answer) for (const leaf of chosen) ledger.revoked.add(leaf.serialNumber);
  return { scenario: 'CRL republish', killedMidway, detail: `killed ${delayMs} ms into revoking ${chosen.length}; ${answer ? '200 received' : 'no answer'}` };
}
