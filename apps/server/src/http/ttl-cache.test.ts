import { describe, expect, it } from 'vitest';

import { TtlCache } from './ttl-cache';

describe(TtlCache.name, () => {
  it('forgets entries after their time to live', () => {
    let now = 0;
    const cache = new TtlCache<string>(1000, 10, () => now);
    cache.set('a', 'x');
    expect(cache.get('a')).toBe('x');
    now = 999;
    expect(cache.get('a')).toBe('x');
    // lru-cache's edge: stale once more than the time to live has passed (ADR 0023).
    now = 1000;
    expect(cache.get('a')).toBe('x');
    now = 1001;
    expect(cache.get('a')).toBeUndefined();
  });

  it('counts the time to live from the last write, not from reads', () => {
    let now = 5_000;
    const cache = new TtlCache<string>(1000, 10, () => now);
    cache.set('a', 'x');
    now = 5_800;
    expect(cache.get('a')).toBe('x');
    cache.set('b', 'y');
    now = 6_001;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe('y');
    cache.set('a', 'z');
    now = 6_900;
    expect(cache.get('a')).toBe('z');
  });

  it('evicts the oldest entry when full and deletes by prefix', () => {
    const cache = new TtlCache<number>(60_000, 2);
    cache.set('u1:05001', 1);
    cache.set('u1:25899', 2);
    cache.set('u2:05001', 3);
    expect(cache.get('u1:05001')).toBeUndefined();
    cache.deletePrefix('u1:');
    expect(cache.get('u1:25899')).toBeUndefined();
    expect(cache.get('u2:05001')).toBe(3);
  });

  it('keeps an entry read since it was written when full (least recently used goes)', () => {
    const cache = new TtlCache<number>(60_000, 2);
    cache.set('leido', 1);
    cache.set('olvidado', 2);
    expect(cache.get('leido')).toBe(1);
    cache.set('nuevo', 3);
    expect(cache.get('olvidado')).toBeUndefined();
    expect(cache.get('leido')).toBe(1);
    expect(cache.get('nuevo')).toBe(3);
  });

  it('deletes every entry whose value matches, and clears', () => {
    const cache = new TtlCache<{ user: string }>(60_000);
    cache.set('t1', { user: 'ana' });
    cache.set('t2', { user: 'luis' });
    cache.set('t3', { user: 'ana' });
    cache.deleteWhere((session) => session.user === 'ana');
    expect([cache.get('t1'), cache.get('t2'), cache.get('t3')]).toEqual([
      undefined,
      { user: 'luis' },
      undefined,
    ]);
    cache.clear();
    expect(cache.get('t2')).toBeUndefined();
  });
});
