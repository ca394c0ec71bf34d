/**
 * Per-caller token buckets, in memory: each caller may burst `burst` requests and then
 * `perMinute` requests a minute. Per gateway instance — with N replicas behind a balancer a
 * caller gets up to N times the rate, which is acceptable for abuse protection.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  private readonly refillPerMs: number;

  constructor(private readonly perMinute: number, private readonly burst: number, private readonly maxKeys = 100_000) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes `amount` tokens (1 by default) for `key`; returns 0 when allowed, else the seconds until they are free. */
  take(key: string, now = Date.now(), amount = 1): number {
    if (this.perMinute <= 0) return 0;
    let bucket = this.buckets.get(key);
    if (!bucket) {
      // Forget idle callers first when the table is full, so memory stays bounded.
      if (this.buckets.size >= this.maxKeys) this.evictFull(now);
      bucket = { tokens: this.burst, updatedAt: now };
      this.buckets.set(key, bucket);
    }
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    const wanted = Math.min(amount, this.burst);
    if (bucket.tokens >= wanted) {
      bucket.tokens -= wanted;
      return 0;
    }
    return Math.ceil((wanted - bucket.tokens) / this.refillPerMs / 1000);
  }

  /** The seconds until `key` may take a token (0: now), without taking one. */
  wait(key: string, now = Date.now()): number {
    if (this.perMinute <= 0) return 0;
    const bucket = this.buckets.get(key);
    if (!bucket) return 0;
    const tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    return tokens >= 1 ? 0 : Math.ceil((1 - tokens) / this.refillPerMs / 1000);
  }

  private evictFull(now: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs >= this.burst) this.buckets.delete(key);
    }
    if (this.buckets.size >= this.maxKeys) this.buckets.clear();
  }
}
