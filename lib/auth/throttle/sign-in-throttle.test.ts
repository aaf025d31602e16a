import { describe, expect, it } from 'vitest';
import { SignInThrottle, retryAfterSeconds } from './sign-in-throttle';

const MINUTE = 60_000;

function throttleWithClock() {
  let now = 5_000_000;
  return { throttle: new SignInThrottle(() => now), advance: (ms: number) => (now += ms) };
}

const wrong = async () => undefined;
const right = async () => ({ id: 'admin' });

describe('SignInThrottle', () => {
  it('slows an account after five wrong passwords (1, 2, 4, 8, 16 s), locks it at the tenth for 15 minutes, and lets the right password in after', async () => {
    const { throttle, advance } = throttleWithClock();
    const attempt = { account: 'admin@contoso.local', address: '198.51.100.1' };
    const waits: number[] = [];
    for (let failure = 1; failure <= 10; failure += 1) {
      const check = await throttle.checkPassword(attempt, wrong);
      if (check.outcome !== 'wrong') throw new Error(`attempt ${failure} was ${check.outcome}`);
      waits.push(check.retryAfterMs);
      advance(check.retryAfterMs);
    }
    expect(waits).toEqual([0, 0, 0, 0, 1_000, 2_000, 4_000, 8_000, 16_000, 15 * MINUTE]);

    advance(-1); // one millisecond before the lock ends
    let called = false;
    const during = await throttle.checkPassword(attempt, async () => ((called = true), { id: 'admin' }));
    expect(during).toEqual({ outcome: 'refused', retryAfterMs: 1 });
    expect(called).toBe(false); // the password is not even compared while locked
    advance(1);
    expect(await throttle.checkPassword(attempt, right)).toEqual({ outcome: 'accepted', account: { id: 'admin' } });
  });

  it('counts a user name in any letter case as one account, whether it exists or not', async () => {
    const { throttle } = throttleWithClock();
    for (const name of ['Nobody@contoso.local', 'nobody@CONTOSO.local', ' nobody@contoso.local ', 'NOBODY@contoso.local', 'nobody@contoso.local']) {
      await throttle.checkPassword({ account: name, address: '198.51.100.2' }, wrong);
    }
    expect(throttle.check({ account: 'nobody@contoso.local', address: '198.51.100.3' })).toMatchObject({ isAllowed: false, retryAfterMs: 1_000 });
  });

  it('slows an address after ten failures over any names and locks it at the thirtieth; other addresses still sign in', async () => {
    const { throttle, advance } = throttleWithClock();
    const address = '203.0.113.9';
    for (let failure = 1; failure <= 30; failure += 1) {
      const check = await throttle.checkPassword({ account: `guess${failure}@contoso.local`, address }, wrong);
      if (check.outcome !== 'wrong') throw new Error(`attempt ${failure} was ${check.outcome}`);
      if (failure === 10) expect(check.retryAfterMs).toBe(1_000);
      if (failure === 30) expect(check.retryAfterMs).toBe(15 * MINUTE);
      advance(check.retryAfterMs);
    }
    advance(-1);
    expect(await throttle.checkPassword({ account: 'admin@contoso.local', address }, right)).toMatchObject({ outcome: 'refused' });
    expect(await throttle.checkPassword({ account: 'admin@contoso.local', address: '198.51.100.1' }, right)).toMatchObject({ outcome: 'accepted' });
  });

  it('forgets an account’s failures on success but keeps the address’s', async () => {
    const { throttle, advance } = throttleWithClock();
    const address = '203.0.113.10';
    for (let failure = 1; failure <= 9; failure += 1) {
      const check = await throttle.checkPassword({ account: 'admin', address }, wrong);
      if (check.outcome !== 'wrong') throw new Error(`attempt ${failure} was ${check.outcome}`);
      if (failure < 9) advance(check.retryAfterMs);
    }
    // The address's ninth failure was free; the wait is the account's, wherever the next attempt comes from.
    expect(await throttle.checkPassword({ account: 'admin', address: 'elsewhere' }, right)).toMatchObject({ outcome: 'refused' });
    advance(16_000);
    expect(await throttle.checkPassword({ account: 'admin', address }, right)).toMatchObject({ outcome: 'accepted' });
    expect(throttle.check({ account: 'admin', address: 'elsewhere' })).toEqual({ isAllowed: true });
    // One more failure from the address is its tenth: slowed, whatever the account.
    await throttle.checkPassword({ account: 'someone-else', address }, wrong);
    expect(throttle.check({ account: 'admin', address })).toMatchObject({ isAllowed: false, retryAfterMs: 1_000 });
  });

  it('refuses a second check of an account while the first is still running, without calling verify', async () => {
    const { throttle } = throttleWithClock();
    const attempt = { account: 'admin', address: '198.51.100.4' };
    let finish: (value: undefined) => void = () => undefined;
    const first = throttle.checkPassword(attempt, () => new Promise<undefined>((resolve) => (finish = resolve)));
    let secondVerified = false;
    const second = await throttle.checkPassword(attempt, async () => ((secondVerified = true), undefined));
    expect(second).toEqual({ outcome: 'refused', retryAfterMs: 1_000 });
    expect(secondVerified).toBe(false);
    finish(undefined);
    expect(await first).toEqual({ outcome: 'wrong', retryAfterMs: 0 });
    // Another account from the same address is not held up.
    expect(await throttle.checkPassword({ account: 'other', address: attempt.address }, wrong)).toMatchObject({ outcome: 'wrong' });
  });

  it('throttles a client id like an account, apart from accounts of the same name', () => {
    const { throttle } = throttleWithClock();
    for (let failure = 1; failure <= 5; failure += 1) throttle.recordFailure({ clientId: 'scripts', address: '198.51.100.5' });
    expect(throttle.check({ clientId: 'scripts', address: '198.51.100.6' })).toMatchObject({ isAllowed: false, retryAfterMs: 1_000 });
    expect(throttle.check({ account: 'scripts', address: '198.51.100.6' })).toEqual({ isAllowed: true });
  });

  it('rounds a wait up to whole seconds, at least one', () => {
    expect([1, 999, 1_000, 1_001, 15 * MINUTE].map(retryAfterSeconds)).toEqual([1, 1, 1, 2, 900]);
  });
});
