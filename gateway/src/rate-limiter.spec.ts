import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

describe('rate limiter', () => {
  it('allows a burst, then refuses with the seconds to wait', () => {
    const limiter = new RateLimiter(60, 3);
    const t = 1_000_000;
    expect([limiter.take('a', t), limiter.take('a', t), limiter.take('a', t)]).toEqual([0, 0, 0]);
    expect(limiter.take('a', t)).toBe(1);
  });

  it('refills at the configured rate', () => {
    const limiter = new RateLimiter(60, 1);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('a', 500)).toBe(1);
    expect(limiter.take('a', 1500)).toBe(0);
  });

  it('keeps callers apart', () => {
    const limiter = new RateLimiter(60, 1);
    expect(limiter.take('a', 0)).toBe(0);
    expect(limiter.take('b', 0)).toBe(0);
    expect(limiter.take('a', 0)).toBeGreaterThan(0);
  });

  it('is off when the rate is zero', () => {
    const limiter = new RateLimiter(0, 0);
    for (let i = 0; i < 10; i++) expect(limiter.take('a', 0)).toBe(0);
  });

  it('stays within its key budget', () => {
    const limiter = new RateLimiter(60, 1, 10);
    for (let i = 0; i < 100; i++) limiter.take(`k${i}`, 0);
    expect((limiter as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(10);
  });
});
