// The numbers the embedded provider's two password doors are throttled by: the login form (per account) and
// /oidc/token's client secrets (per client), both also per client address. Names are counted whether or not they
// exist, so a refusal never tells an unknown account from a known one. Every lock ends on its own 15 minutes
// after it began (and with the process, which holds the counts): an administrator whose name is being guessed
// is kept out for a while, never for good.
import { FailureThrottle, type ThrottleDecision, type ThrottlePolicy } from './failure-throttle';

const MINUTE_MS = 60_000;

/** One account or client: five failures are free, then waits of 1, 2, 4, 8 and 16 s; the tenth locks 15 minutes. */
export const IDENTITY_POLICY: ThrottlePolicy = {
  freeFailures: 5,
  firstDelayMs: 1_000,
  maxDelayMs: 16_000,
  lockAfterFailures: 10,
  lockMs: 15 * MINUTE_MS,
  forgetAfterMs: 15 * MINUTE_MS,
};

/** One client address, over every name it tries: ten failures are free, then 1 s doubling to 30 s; the 30th locks 15 minutes. */
export const ADDRESS_POLICY: ThrottlePolicy = {
  freeFailures: 10,
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  lockAfterFailures: 30,
  lockMs: 15 * MINUTE_MS,
  forgetAfterMs: 15 * MINUTE_MS,
};

/** Who tries: an account's user name or a client id, and the address the attempt comes from. */
export type SignInAttempt = { account: string; address: string } | { clientId: string; address: string };

function identityKey(attempt: SignInAttempt): string {
  // User names match in any letter case (local-accounts.ts), so their failures must count together.
  return 'account' in attempt ? `account:${attempt.account.trim().toLowerCase()}` : `client:${attempt.clientId}`;
}

function strictest(a: ThrottleDecision, b: ThrottleDecision): ThrottleDecision {
  if (a.isAllowed) return b;
  if (b.isAllowed) return a;
  return a.retryAfterMs >= b.retryAfterMs ? a : b;
}

export type PasswordCheck<T> =
  | { outcome: 'accepted'; account: T }
  /** Wrong password or unknown account; `retryAfterMs` (0: none) is the wait before the next attempt. */
  | { outcome: 'wrong'; retryAfterMs: number }
  /** Not checked: the wait is not over. */
  | { outcome: 'refused'; retryAfterMs: number };

/** What a second password check of an account that is still being checked is told: try again in a second. */
const IN_FLIGHT_DECISION: ThrottleDecision = { isAllowed: false, retryAfterMs: 1_000, isLocked: false };

export class SignInThrottle {
  private readonly identities: FailureThrottle;
  private readonly addresses: FailureThrottle;
  // Accounts whose password is being checked (scrypt takes a few hundred ms): without this, attempts sent all at
  // once would each pass check() before the first failure is recorded.
  private readonly accountsInFlight = new Set<string>();

  constructor(now: () => number = Date.now) {
    this.identities = new FailureThrottle(IDENTITY_POLICY, now);
    this.addresses = new FailureThrottle(ADDRESS_POLICY, now);
  }

  /** Whether the password or secret of this attempt may be checked now. */
  check(attempt: SignInAttempt): ThrottleDecision {
    return strictest(this.identities.check([identityKey(attempt)]), this.addresses.check([attempt.address]));
  }

  /**
   * Checks an account's password under the throttle: refused unchecked while the account or address must wait or
   * while another check of the account runs; otherwise `verify` runs and its outcome is counted.
   */
  async checkPassword<T>(attempt: { account: string; address: string }, verify: () => Promise<T | undefined>): Promise<PasswordCheck<T>> {
    const key = identityKey(attempt);
    const before = this.accountsInFlight.has(key) ? IN_FLIGHT_DECISION : this.check(attempt);
    if (!before.isAllowed) return { outcome: 'refused', retryAfterMs: before.retryAfterMs };
    this.accountsInFlight.add(key);
    try {
      const account = await verify();
      if (account !== undefined) {
        this.recordSuccess(attempt);
        return { outcome: 'accepted', account };
      }
      this.recordFailure(attempt);
      // Whether the next attempt must already wait, so the login page can say so at once.
      const next = this.check(attempt);
      return { outcome: 'wrong', retryAfterMs: next.isAllowed ? 0 : next.retryAfterMs };
    } finally {
      this.accountsInFlight.delete(key);
    }
  }

  recordFailure(attempt: SignInAttempt): void {
    this.identities.recordFailure([identityKey(attempt)]);
    this.addresses.recordFailure([attempt.address]);
  }

  /** Clears the account's or client's failures; the address keeps its own, or one good account would clear it. */
  recordSuccess(attempt: SignInAttempt): void {
    this.identities.recordSuccess([identityKey(attempt)]);
  }
}

/** Whole seconds to wait, rounded up: Retry-After (RFC 9110 §10.2.3) and the login page take seconds. */
export function retryAfterSeconds(retryAfterMs: number): number {
  return Math.max(1, Math.ceil(retryAfterMs / 1_000));
}
