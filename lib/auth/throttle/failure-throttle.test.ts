import { describe, expect, it } from 'vitest';
import { FailureThrottle, type ThrottlePolicy } from './failure-throttle';

const POLICY: ThrottlePolicy = { freeFailures: 5, firstDelayMs: 1_000, maxDelayMs: 30_000, lockAfterFailures: 10, lockMs: 15 * 60_000, forgetAfterMs: 15 * 60_000 };

function throttleWithClock(policy = POLICY, maxKeys?: number) {
  let now = 1_000_000;
  const throttle = new FailureThrottle(policy, () => now, maxKeys);
  return { throttle, advance: (ms: number) => (now += ms) };
}

function failTimes(throttle: FailureThrottle, keys: string[], count: number) {
  for (let i = 0; i < count; i += 1) throttle.recordFailure(keys);
}

describe('FailureThrottle', () => {
  it('lets five attempts fail unhindered, then makes each further attempt wait 1, 2, 4, 8, 16 s', () => {
    const { throttle, advance } = throttleWithClock();
    failTimes(throttle, ['account:a'], 4);
    expect(throttle.check(['account:a'])).toEqual({ isAllowed: true });
    const waits: number[] = [];
    for (let failure = 5; failure <= 9; failure += 1) {
      throttle.recordFailure(['account:a']);
      const decision = throttle.check(['account:a']);
      if (decision.isAllowed) throw new Error(`failure ${failure} was not slowed`);
      expect(decision.isLocked).toBe(false);
      waits.push(decision.retryAfterMs);
      advance(decision.retryAfterMs);
      expect(throttle.check(['account:a'])).toEqual({ isAllowed: true });
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 8_000, 16_000]);
  });

  it('locks for 15 minutes at the tenth failure, and the lock ends on its own', () => {
    const { throttle, advance } = throttleWithClock();
    failTimes(throttle, ['account:admin'], 10);
    expect(throttle.check(['account:admin'])).toEqual({ isAllowed: false, retryAfterMs: 15 * 60_000, isLocked: true });
    advance(15 * 60_000 - 1);
    expect(throttle.check(['account:admin'])).toMatchObject({ isAllowed: false, retryAfterMs: 1 });
    advance(1);
    expect(throttle.check(['account:admin'])).toEqual({ isAllowed: true });
    // Over and forgotten: the next wrong password is a first one again, not an eleventh that re-locks.
    throttle.recordFailure(['account:admin']);
    expect(throttle.check(['account:admin'])).toEqual({ isAllowed: true });
  });

  it('caps the growing wait', () => {
    const { throttle } = throttleWithClock({ ...POLICY, lockAfterFailures: 30 });
    failTimes(throttle, ['address:198.51.100.7'], 20);
    expect(throttle.check(['address:198.51.100.7'])).toMatchObject({ isAllowed: false, retryAfterMs: 30_000, isLocked: false });
  });

  it('decides by the strictest of the keys, and counts a failure against each', () => {
    const { throttle } = throttleWithClock();
    failTimes(throttle, ['account:a', 'address:x'], 9);
    failTimes(throttle, ['account:b', 'address:x'], 1);
    // The address reached ten failures over two accounts; account b has one.
    expect(throttle.check(['account:b'])).toEqual({ isAllowed: true });
    expect(throttle.check(['account:b', 'address:x'])).toMatchObject({ isAllowed: false, isLocked: true });
    expect(throttle.check(['account:c', 'address:y'])).toEqual({ isAllowed: true });
  });

  it('forgets a key’s failures after a success, and after 15 quiet minutes', () => {
    const { throttle, advance } = throttleWithClock();
    failTimes(throttle, ['account:a'], 7);
    throttle.recordSuccess(['account:a']);
    expect(throttle.check(['account:a'])).toEqual({ isAllowed: true });
    failTimes(throttle, ['account:a'], 4);
    advance(15 * 60_000);
    throttle.recordFailure(['account:a']);
    // Failure five would have been slowed; after the quiet time it is the first.
    expect(throttle.check(['account:a'])).toEqual({ isAllowed: true });
  });

  it('holds at most maxKeys keys, dropping what is over first and then the longest-quiet key', () => {
    const { throttle, advance } = throttleWithClock(POLICY, 3);
    throttle.recordFailure(['old']);
    advance(15 * 60_000);
    failTimes(throttle, ['locked'], 10);
    throttle.recordFailure(['quiet']);
    throttle.recordFailure(['new']); // full: 'old' is over and goes
    expect(throttle.check(['locked'])).toMatchObject({ isAllowed: false, isLocked: true });
    throttle.recordFailure(['newer']); // full, nothing over: the longest-quiet key ('locked') goes
    expect(throttle.check(['locked'])).toEqual({ isAllowed: true });
  });
});
