import { describe, expect, it } from 'vitest';
import { CoalescedRuns } from './coalesced-runs';

/** A job whose runs are counted and finish only when the test says so. */
function gatedJob() {
  const gates: Array<() => void> = [];
  let runs = 0;
  const job = () =>
    new Promise<number>((resolve) => {
      const run = ++runs;
      gates.push(() => resolve(run));
    });
  return { job, runs: () => runs, finishNext: () => gates.shift()?.() };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('CoalescedRuns', () => {
  it('runs once for a lone request and forgets the run when it ends', async () => {
    const runs = new CoalescedRuns<string, number>();
    const { job, finishNext } = gatedJob();
    const result = runs.run('ca', job);
    expect(runs.pending('ca')).toBe(result);
    finishNext();
    expect(await result).toBe(1);
    expect(runs.pending('ca')).toBeUndefined();
  });

  it('turns ten requests during a run into one queued run they all share, started after the first ends', async () => {
    const runs = new CoalescedRuns<string, number>();
    const gated = gatedJob();
    const first = runs.run('ca', gated.job);
    const later = Array.from({ length: 10 }, () => runs.run('ca', gated.job));
    await settle();
    expect(gated.runs()).toBe(1);
    gated.finishNext();
    expect(await first).toBe(1);
    await settle();
    expect(gated.runs()).toBe(2);
    const pending = runs.pending('ca');
    gated.finishNext();
    expect(await Promise.all(later)).toEqual(Array(10).fill(2));
    expect(await pending).toBe(2);
  });

  it('queues behind a run that failed, and keys run independently', async () => {
    const runs = new CoalescedRuns<string, string>();
    let failFirst = true;
    const job = async () => {
      if (failFirst) {
        failFirst = false;
        await settle();
        throw new Error('store failed');
      }
      return 'rebuilt';
    };
    const failing = runs.run('a', job);
    const queued = runs.run('a', job);
    const other = runs.run('b', async () => 'other CA');
    await expect(failing).rejects.toThrow('store failed');
    expect(await queued).toBe('rebuilt');
    expect(await other).toBe('other CA');
  });
});
