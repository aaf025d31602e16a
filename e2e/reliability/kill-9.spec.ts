// kill -9 rounds (issue 9 › Durability) on the embedded database and on PostgreSQL, both deployments side by side:
// the real server as a child process, SIGKILLed during an enrollment load, during a CA creation and during a CRL
// republish, then restarted on the same DATA_DIR / database. After every restart: it starts, nothing a client was
// told is lost, no CA is half-created, the CRLs verify; at the end the six CA slots match the CAs. Prints rounds
// survived and certificates lost.
//   KILL_ROUNDS (default 5 of each scenario), KILL_SEED (default 9: the kill moments), KILL_ENROLLMENTS (default 12 per
//   load) for longer local runs.
import { requireTestDatabaseUrl } from '@/lib/db/test-support/postgres-test-database';
import { expect, test } from '../fixtures';
import { type KillRoundsReport, type KillRoundsSettings, runKillRounds } from './kill-rounds';

const SETTINGS: KillRoundsSettings = {
  rounds: Number(process.env.KILL_ROUNDS ?? 5),
  seed: Number(process.env.KILL_SEED ?? 9),
  enrollmentsPerLoad: Number(process.env.KILL_ENROLLMENTS ?? 12),
};

const summary = (label: string, report: KillRoundsReport) =>
  `kill -9 on ${label}: ${report.survived} of ${report.rounds} rounds survived (${report.killedMidway} killed mid-request, seed ${SETTINGS.seed}); ` +
  `certificates lost: ${report.lost} of ${report.received} received; revocations confirmed: ${report.revoked}`;

test('kill -9 during enrollments, CA creation and CRL republishing loses nothing, on PGlite and on PostgreSQL', async () => {
  test.setTimeout(SETTINGS.rounds * 3 * 60_000);
  const deployments = { PGlite: SETTINGS, PostgreSQL: { ...SETTINGS, postgresAdminUrl: requireTestDatabaseUrl() } };
  // Side by side: a restart is mostly one core loading modules, so two deployments take little longer than one.
  // allSettled: a failing deployment must not leave the other's server running past the test.
  const results = await Promise.allSettled(Object.entries(deployments).map(([label, settings]) => runKillRounds(label, settings, console.log)));
  const labels = Object.keys(deployments);
  results.forEach((result, index) => result.status === 'fulfilled' && console.log(summary(labels[index]!, result.value)));
  for (const result of results) {
    if (result.status === 'rejected') throw result.reason;
    expect(result.value.problems).toEqual([]);
    expect(result.value.lost).toBe(0);
    expect(result.value.survived).toBe(result.value.rounds);
  }
});
