import { TtlCache } from '../../http/ttl-cache';
import type { Clock, RequestServices, SessionUser } from '../../http/types';

export interface ActiveSession {
  user: SessionUser;
  expiraEn: Date;
}

/**
 * The session look-up behind every API request, cached for `ttlMs` (ADR 0013). The cache bounds
 * staleness only: a session's own expiry is checked on every hit with the injected clock, so a
 * cached session never outlives `sesiones.expira_en`, and a signed-out token is refused at once.
 */
export function createSessionCache(input: {
  clock: Clock;
  ttlMs: number;
  load: (tokenHash: string) => Promise<ActiveSession | null>;
}): RequestServices['sessions'] {
  const sessions = new TtlCache<ActiveSession>(input.ttlMs);
  // Tokens signed out recently: a look-up that read the row just before the sign-out deleted it
  // must not put the session back in the cache.
  const signedOut = new TtlCache<true>(input.ttlMs);
  // Users whose sessions were all ended, and when: a look-up that started before must not
  // cache what it read.
  const endedUsers = new TtlCache<number>(input.ttlMs);
  return {
    async userFor(tokenHash) {
      const cached = sessions.get(tokenHash);
      if (cached && cached.expiraEn > input.clock.now()) return cached.user;
      if (cached) sessions.delete(tokenHash);
      const started = performance.now();
      const found = await input.load(tokenHash);
      if (!found || signedOut.get(tokenHash)) return null;
      const ended = endedUsers.get(found.user.id);
      if (ended !== undefined && ended >= started) return null;
      sessions.set(tokenHash, found);
      return found.user;
    },
    forget(tokenHash) {
      sessions.delete(tokenHash);
      signedOut.set(tokenHash, true);
    },
    forgetUser(userId) {
      sessions.deleteWhere((session) => session.user.id === userId);
      endedUsers.set(userId, performance.now());
    },
  };
}
