// The background queue behind syncDevice: one check-in at a time per device, a request made while one is still
// waiting to start is covered by it, a few devices at once, and a failed check-in does not stop the next.
import { describe, expect, it, vi } from 'vitest';
import { enqueueDeviceSync } from './device-sync-queue';

function gate() {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

describe('enqueueDeviceSync', () => {
  it('runs one check-in per device at a time and folds a request into the one still waiting to start', async () => {
    const first = gate();
    const runs: string[] = [];
    const running = enqueueDeviceSync('device-a', async () => {
      runs.push('first');
      await first.opened;
    });
    // Not started yet: a second request is the same check-in.
    expect(enqueueDeviceSync('device-a', async () => undefined)).toBe(running);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runs).toEqual(['first']);
    const second = enqueueDeviceSync('device-a', async () => {
      runs.push('second');
    });
    const folded = enqueueDeviceSync('device-a', async () => {
      runs.push('folded');
    });
    expect(folded).toBe(second);
    first.open();
    await Promise.all([running, second]);
    expect(runs).toEqual(['first', 'second']);
  });

  it('runs at most three devices at once and keeps going after a failure', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const release = gate();
    let inFlight = 0;
    let peak = 0;
    const work = (fail: boolean) => async () => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await release.opened;
      inFlight -= 1;
      if (fail) throw new Error('SCEP server unreachable');
    };
    const all = ['d1', 'd2', 'd3', 'd4', 'd5'].map((id, index) => enqueueDeviceSync(id, work(index === 0)));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(inFlight).toBe(3);
    release.open();
    await Promise.all(all);
    expect(peak).toBe(3);
    expect(error).toHaveBeenCalledWith('The check-in of device d1 failed:', expect.any(Error));
    error.mockRestore();
  });
});
