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
    now = 1000;
    expect(cache.get('a')).toBeUndefined();
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
});
