import { describe, expect, it } from 'vitest';

import { SIGN_IN_LIMITS, type SignInCheck, SignInLimiter } from './sign-in-limiter';

const MINUTE = 60_000;

function setUp(limits = SIGN_IN_LIMITS) {
  const clock = { ms: 1_000_000 };
  const limiter = new SignInLimiter(() => clock.ms, limits);
  /** One attempt that fails (its reservation stays). */
  const fail = (account: string, address = '10.0.0.1'): SignInCheck =>
    limiter.begin({ account, address });
  return { clock, limiter, fail };
}

describe(SignInLimiter.name, () => {
  it('blocks an account after 5 failures within 15 minutes and says how long to wait', () => {
    const { clock, fail } = setUp();
    for (let i = 0; i < 5; i++) {
      expect(fail('ana@x.co').ok).toBe(true);
      clock.ms += MINUTE;
    }
    // Five failures at t0 … t0+4 min; now t0+5 min: the first ages out at t0+15 min.
    expect(fail('ana@x.co')).toEqual({ ok: false, retryAfterMs: 10 * MINUTE });
    clock.ms += 10 * MINUTE - 1;
    expect(fail('ana@x.co').ok).toBe(false);
    clock.ms += 1;
    // The window slides: one failure aged out, so exactly one more try is allowed.
    expect(fail('ana@x.co').ok).toBe(true);
    expect(fail('ana@x.co')).toEqual({ ok: false, retryAfterMs: MINUTE });
  });

  it('reports which window an attempt fills, for the lockout audit entry', () => {
    const { fail } = setUp({ ...SIGN_IN_LIMITS, perAccount: 2, perAddress: 3 });
    expect(fail('a@x.co')).toMatchObject({ ok: true, locks: [] });
    expect(fail('a@x.co')).toMatchObject({ ok: true, locks: ['cuenta'] });
    expect(fail('b@x.co')).toMatchObject({ ok: true, locks: ['direccion'] });
  });

  it('starts an account afresh after a successful sign-in', () => {
    const { limiter, fail } = setUp();
    for (let i = 0; i < 4; i++) fail('ana@x.co');
    const right = limiter.begin({ account: 'ana@x.co', address: '10.0.0.1' });
    if (!right.ok) throw new Error('should pass');
    limiter.succeeded(right);
    for (let i = 0; i < 5; i++) expect(fail('ana@x.co').ok).toBe(true);
    expect(fail('ana@x.co').ok).toBe(false);
  });

  it('never counts successes, however many', () => {
    const { limiter, fail } = setUp();
    const results: boolean[] = [];
    for (let i = 0; i < 100; i++) {
      const attempt = limiter.begin({ account: 'ana@x.co', address: '10.0.0.1' });
      results.push(attempt.ok);
      if (attempt.ok) limiter.succeeded(attempt);
    }
    expect(results.filter((ok) => !ok)).toHaveLength(0);
    // After 100 successes the account still has its full allowance of 5 failures, and no more.
    for (let i = 0; i < 5; i++) expect(fail('ana@x.co').ok).toBe(true);
    expect(fail('ana@x.co').ok).toBe(false);
  });

  it('blocks an address after 20 failures over many accounts, and a success does not lift it', () => {
    const { clock, limiter, fail } = setUp();
    for (let i = 0; i < 20; i++) expect(fail(`u${i}@x.co`).ok).toBe(true);
    const blocked = limiter.begin({ account: 'own@x.co', address: '10.0.0.1' });
    expect(blocked).toEqual({ ok: false, retryAfterMs: 15 * MINUTE });
    // Other addresses and the same accounts from elsewhere are unaffected.
    expect(fail('u0@x.co', '10.0.0.2').ok).toBe(true);
    clock.ms += 15 * MINUTE;
    const later = limiter.begin({ account: 'own@x.co', address: '10.0.0.1' });
    expect(later.ok).toBe(true);
  });

  it('makes concurrent attempts see each other before their passwords are checked', () => {
    const { fail } = setUp();
    const burst = Array.from({ length: 8 }, () => fail('ana@x.co'));
    expect(burst.filter((check) => check.ok)).toHaveLength(5);
  });

  it('does not count an attempt that ended in an internal error', () => {
    const { limiter, fail } = setUp();
    for (let i = 0; i < 4; i++) fail('ana@x.co');
    const broken = limiter.begin({ account: 'ana@x.co', address: '10.0.0.1' });
    if (!broken.ok) throw new Error('should pass');
    limiter.release(broken);
    expect(fail('ana@x.co').ok).toBe(true);
  });

  it('stays within its memory bound under a flood of distinct accounts', () => {
    const { limiter, fail } = setUp({ ...SIGN_IN_LIMITS, perAddress: 1_000, maxKeys: 3 });
    for (let i = 0; i < 10; i++) fail(`u${i}@x.co`, `10.0.0.${i}`);
    expect(limiter.trackedKeys()).toEqual({ accounts: 3, addresses: 3 });
  });
});
