// Slows down and then locks out repeated failures (wrong passwords, wrong client secrets) per key — an account, a
// client id, a client address. Pure and clock-injected; the state lives in this process only, so in a scaled-out
// deployment each instance counts and locks on its own (an attacker spreading attempts over N instances gets N
// times the budget, still bounded).

export interface ThrottlePolicy {
  /** Failures that cost nothing; after the next one each attempt must wait. */
  freeFailures: number;
  /** The wait after the first failure past the free ones; it doubles with each further failure. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** The failure that locks the key; a lock always ends, lockMs later. */
  lockAfterFailures: number;
  lockMs: number;
  /** A key with no failure for this long starts over. */
  forgetAfterMs: number;
}

export type ThrottleDecision = { isAllowed: true } | { isAllowed: false; retryAfterMs: number; isLocked: boolean };

interface KeyState {
  failures: number;
  lastFailureAt: number;
  nextAttemptAt: number;
  isLocked: boolean;
}

/** Enough for every account and address of a busy install; beyond it the longest-quiet keys are forgotten first. */
const DEFAULT_MAX_KEYS = 10_000;

export class FailureThrottle {
  private readonly states = new Map<string, KeyState>();

  constructor(
    private readonly policy: ThrottlePolicy,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = DEFAULT_MAX_KEYS,
  ) {}

  /** Whether an attempt under these keys may be checked now; the strictest key decides. */
  check(keys: readonly string[]): ThrottleDecision {
    const now = this.now();
    let decision: ThrottleDecision = { isAllowed: true };
    for (const key of keys) {
      const state = this.current(key, now);
      if (!state || state.nextAttemptAt <= now) continue;
      const retryAfterMs = state.nextAttemptAt - now;
      if (decision.isAllowed || retryAfterMs > decision.retryAfterMs) decision = { isAllowed: false, retryAfterMs, isLocked: state.isLocked };
    }
    return decision;
  }

  recordFailure(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const failures = (this.current(key, now)?.failures ?? 0) + 1;
      const isLocked = failures >= this.policy.lockAfterFailures;
      const delayMs = isLocked ? this.policy.lockMs : this.delayAfter(failures);
      // Delete and set: the map's order is then the order of last failures, oldest first.
      this.states.delete(key);
      this.makeRoom(now);
      this.states.set(key, { failures, lastFailureAt: now, nextAttemptAt: now + delayMs, isLocked });
    }
  }

  /** A success forgets these keys' failures (only the account's: one good account must not clear an address). */
  recordSuccess(keys: readonly string[]): void {
    for (const key of keys) this.states.delete(key);
  }

  private delayAfter(failures: number): number {
    const { freeFailures, firstDelayMs, maxDelayMs } = this.policy;
    if (failures < freeFailures) return 0;
    return Math.min(maxDelayMs, firstDelayMs * 2 ** (failures - freeFailures));
  }

  private current(key: string, now: number): KeyState | undefined {
    const state = this.states.get(key);
    if (state && this.isForgotten(state, now)) {
      this.states.delete(key);
      return undefined;
    }
    return state;
  }

  private isForgotten(state: KeyState, now: number): boolean {
    return now >= state.nextAttemptAt && now - state.lastFailureAt >= this.policy.forgetAfterMs;
  }

  /** Bounded memory whatever names attackers make up: forget what is over, then the longest-quiet keys. */
  private makeRoom(now: number): void {
    if (this.states.size < this.maxKeys) return;
    for (const [key, state] of this.states) if (this.isForgotten(state, now)) this.states.delete(key);
    for (const key of this.states.keys()) {
      if (this.states.size < this.maxKeys) break;
      this.states.delete(key);
    }
  }
}
