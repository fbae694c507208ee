import { describe, expect, it } from 'vitest';

import type { SessionUser } from '../../http/types';
import { type ActiveSession, createSessionCache } from './session-cache';

const USER: SessionUser = {
  id: 'u1',
  email: 'ana@x.co',
  nombre: 'Ana',
  esAdministrador: false,
  autoridadAmbientalId: null,
};
const START = new Date('2026-03-02T15:00:00Z');

function setUp(expiraEn: Date) {
  const clock = { at: START };
  const rows = new Map<string, ActiveSession>([['h1', { user: USER, expiraEn }]]);
  let loads = 0;
  const cache = createSessionCache({
    clock: { now: () => clock.at },
    ttlMs: 60_000,
    // Like userForToken: the database answers only for sessions not yet expired.
    load: (tokenHash) => {
      loads++;
      const row = rows.get(tokenHash);
      return Promise.resolve(row && row.expiraEn > clock.at ? row : null);
    },
  });
  return { clock, rows, cache, loads: () => loads };
}

describe(createSessionCache.name, () => {
  it('answers repeated look-ups from the cache', async () => {
    const { cache, loads } = setUp(new Date(START.getTime() + 3600_000));
    expect(await cache.userFor('h1')).toEqual(USER);
    expect(await cache.userFor('h1')).toEqual(USER);
    expect(loads()).toBe(1);
  });

  it('never keeps a session alive past its expiry, even within the cache lifetime', async () => {
    const expiraEn = new Date(START.getTime() + 5_000);
    const { clock, cache } = setUp(expiraEn);
    expect(await cache.userFor('h1')).toEqual(USER);
    clock.at = new Date(expiraEn.getTime() - 1);
    expect(await cache.userFor('h1')).toEqual(USER);
    clock.at = expiraEn;
    expect(await cache.userFor('h1')).toBeNull();
  });

  it('refuses a token at once after sign-out', async () => {
    const { rows, cache } = setUp(new Date(START.getTime() + 3600_000));
    expect(await cache.userFor('h1')).toEqual(USER);
    rows.delete('h1');
    cache.forget('h1');
    expect(await cache.userFor('h1')).toBeNull();
  });

  it('does not cache a look-up that raced with the sign-out of the same token', async () => {
    const { cache } = setUp(new Date(START.getTime() + 3600_000));
    // The look-up reads the row, then the sign-out forgets the token before the look-up returns.
    const pending = cache.userFor('h1');
    cache.forget('h1');
    expect(await pending).toBeNull();
    expect(await cache.userFor('h1')).toBeNull();
  });
});
