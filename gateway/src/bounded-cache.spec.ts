import { describe, expect, it } from 'vitest';
import { BoundedCache } from './bounded-cache.js';

describe('BoundedCache', () => {
  it('answers an entry until its expiry and not after', () => {
    let now = 1_000;
    const cache = new BoundedCache<string>(10, () => now);
    cache.set('a', 'A', 1_500);
    expect(cache.get('a')).toBe('A');
    now = 1_499;
    expect(cache.get('a')).toBe('A');
    now = 1_500;
    expect(cache.get('a')).toBeUndefined();
    cache.set('b', 'B', 1_400);
    expect(cache.get('b')).toBeUndefined();
  });

  it('drops the least recently used entry past its capacity', () => {
    const cache = new BoundedCache<number>(2, () => 0);
    cache.set('a', 1, 10);
    cache.set('b', 2, 10);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3, 10);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('a'), cache.get('c'), cache.size]).toEqual([1, 3, 2]);
  });
});
