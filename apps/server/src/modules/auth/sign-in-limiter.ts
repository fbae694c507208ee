/**
 * Failed sign-in counting per account and per client address (ADR 0012, addendum). Kept in
 * memory: embedded mode is one process by construction, and rejecting a blocked attempt must cost
 * no database statement and no scrypt.
 */

/** Limits within a sliding window: 5 failures per account, 20 per address, in 15 minutes. */
export interface SignInLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
  /** Bound on remembered keys per dimension, so a flood of distinct e-mails cannot exhaust memory. */
  maxKeys: number;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  perAccount: 5,
  perAddress: 20,
  windowMs: 15 * 60_000,
  maxKeys: 50_000,
};

type LockReason = 'cuenta' | 'direccion';

/** An attempt that passed the check; its reservation counts as a failure until it succeeds. */
export interface SignInAttempt {
  ok: true;
  account: string;
  address: string;
  stamp: number;
  /** The windows this attempt fills: if it fails, these keys are blocked from now on. */
  locks: LockReason[];
}

export type SignInCheck = SignInAttempt | { ok: false; retryAfterMs: number };

/** A sliding-window log of failure instants per key. */
class FailureLog {
  private readonly stamps = new Map<string, number[]>();
  private lastSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limit: number,
    private readonly config: { windowMs: number; maxKeys: number; now: () => number },
  ) {}

  private live(key: string, now: number): number[] {
    const all = this.stamps.get(key);
    if (!all) return [];
    const recent = all.filter((stamp) => stamp > now - this.config.windowMs);
    if (recent.length === 0) this.stamps.delete(key);
    else if (recent.length !== all.length) this.stamps.set(key, recent);
    return recent;
  }

  /** Milliseconds until the key may try again; 0 when it is not blocked. */
  waitMs(key: string): number {
    const now = this.config.now();
    const recent = this.live(key, now);
    if (recent.length < this.limit) return 0;
    return recent[recent.length - this.limit]! + this.config.windowMs - now;
  }

  /** Records a failure (or a reservation) and returns how many the window now holds. */
  add(key: string, stamp: number): number {
    if (!this.stamps.has(key)) this.makeRoom(stamp);
    const recent = [...this.live(key, stamp), stamp];
    this.stamps.set(key, recent);
    return recent.length;
  }

  remove(key: string, stamp: number): void {
    const all = this.stamps.get(key);
    const index = all?.indexOf(stamp) ?? -1;
    if (!all || index < 0) return;
    all.splice(index, 1);
    if (all.length === 0) this.stamps.delete(key);
  }

  clear(key: string): void {
    this.stamps.delete(key);
  }

  get size(): number {
    return this.stamps.size;
  }

  private makeRoom(now: number): void {
    // Sweeping is O(keys), so do it at most once per window or when the bound is reached.
    const full = this.stamps.size >= this.config.maxKeys;
    if (full || now - this.lastSweep >= this.config.windowMs) {
      this.lastSweep = now;
      for (const key of [...this.stamps.keys()]) this.live(key, now);
    }
    // Still full of live keys: forget the oldest one rather than grow without bound.
    if (this.stamps.size >= this.config.maxKeys) {
      const oldest = this.stamps.keys().next().value;
      if (oldest !== undefined) this.stamps.delete(oldest);
    }
  }
}

export class SignInLimiter {
  private readonly accounts: FailureLog;
  private readonly addresses: FailureLog;

  /** `now` is the injected clock in milliseconds. */
  constructor(
    private readonly now: () => number,
    readonly limits: SignInLimits = SIGN_IN_LIMITS,
  ) {
    const config = { windowMs: limits.windowMs, maxKeys: limits.maxKeys, now };
    this.accounts = new FailureLog(limits.perAccount, config);
    this.addresses = new FailureLog(limits.perAddress, config);
  }

  /**
   * Checks both limits and, when neither is reached, reserves the attempt at once: concurrent
   * guesses then see each other before scrypt finishes, so a burst cannot overshoot the limit.
   */
  begin(keys: { account: string; address: string }): SignInCheck {
    const retryAfterMs = Math.max(
      this.accounts.waitMs(keys.account),
      this.addresses.waitMs(keys.address),
    );
    if (retryAfterMs > 0) return { ok: false, retryAfterMs };
    const stamp = this.now();
    const locks: LockReason[] = [];
    if (this.accounts.add(keys.account, stamp) >= this.limits.perAccount) locks.push('cuenta');
    if (this.addresses.add(keys.address, stamp) >= this.limits.perAddress) locks.push('direccion');
    return { ok: true, ...keys, stamp, locks };
  }

  /**
   * The password was right: the account starts afresh, and the address loses only this
   * reservation. Successes never count against an address, but they do not wipe its failures
   * either, or one valid account would let an attacker reset the address limit at will.
   */
  succeeded(attempt: SignInAttempt): void {
    this.accounts.clear(attempt.account);
    this.addresses.remove(attempt.address, attempt.stamp);
  }

  /** Keys remembered per dimension (for the memory bound). */
  trackedKeys(): { accounts: number; addresses: number } {
    return { accounts: this.accounts.size, addresses: this.addresses.size };
  }

  /** The attempt never reached a verdict (e.g. the database failed): it is not a failure. */
  release(attempt: SignInAttempt): void {
    this.accounts.remove(attempt.account, attempt.stamp);
    this.addresses.remove(attempt.address, attempt.stamp);
  }
}
