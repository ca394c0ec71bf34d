import { describe, expect, it } from 'vitest';
import { MAX_DEFERRAL_SECONDS, deferralSeconds } from './review-publisher.js';

describe('deferralSeconds', () => {
  const now = new Date('2026-12-02T10:00:00.000Z');
  const later = (ms: number) => new Date(now.getTime() + ms);

  it('waits until the time the provider named, rounded up to a whole second', () => {
    expect(deferralSeconds(later(1_000), now)).toBe(1);
    expect(deferralSeconds(later(59_001), now)).toBe(60);
  });

  it('waits at least a second when that time has already passed', () => {
    expect(deferralSeconds(later(-5_000), now)).toBe(1);
    expect(deferralSeconds(now, now)).toBe(1);
  });

  it('waits at most an hour, whatever a reset header says', () => {
    expect(MAX_DEFERRAL_SECONDS).toBe(3600);
    expect(deferralSeconds(later(6 * 3_600_000), now)).toBe(3600);
  });
});
