import { describe, expect, it } from 'vitest';
import { budgetWindow, burnForecast, inScope, reachedThresholds } from './budget-windows.js';

const at = (iso: string) => new Date(iso);

describe('budget windows', () => {
  it('are UTC days, ISO weeks and calendar months', () => {
    const t = at('2024-05-15T10:00:00Z'); // a Wednesday
    expect(budgetWindow({ period: 'DAILY' }, t)).toEqual({ start: at('2024-05-15T00:00:00Z'), end: at('2024-05-16T00:00:00Z') });
    expect(budgetWindow({ period: 'WEEKLY' }, t)).toEqual({ start: at('2024-05-13T00:00:00Z'), end: at('2024-05-20T00:00:00Z') });
    expect(budgetWindow({ period: 'MONTHLY' }, t)).toEqual({ start: at('2024-05-01T00:00:00Z'), end: at('2024-06-01T00:00:00Z') });
  });

  it('count requests of their scope only', () => {
    const request = { projectId: 'p', teamId: 't', userId: 'u' };
    expect(inScope({ scope: 'ORGANIZATION', scopeId: 'o' }, request)).toBe(true);
    expect(inScope({ scope: 'PROJECT', scopeId: 'p' }, request)).toBe(true);
    expect(inScope({ scope: 'PROJECT', scopeId: 'x' }, request)).toBe(false);
    expect(inScope({ scope: 'TEAM', scopeId: 't' }, request)).toBe(true);
    expect(inScope({ scope: 'USER', scopeId: 'x' }, request)).toBe(false);
  });
});

describe('thresholds', () => {
  it('are reached at exactly limit × threshold, in integers', () => {
    expect(reachedThresholds(10_000_000n, [5000, 8000, 10000], 4_999_999n)).toEqual([]);
    expect(reachedThresholds(10_000_000n, [5000, 8000, 10000], 5_000_000n)).toEqual([5000]);
    expect(reachedThresholds(10_000_000n, [5000, 8000, 10000], 12_000_000n)).toEqual([5000, 8000, 10000]);
    expect(reachedThresholds(3n, [3333], 1n)).toEqual([3333]);
  });
});

describe('the burn-rate forecast', () => {
  const window = { start: at('2024-05-01T00:00:00Z'), end: at('2024-05-31T00:00:00Z') }; // 30 days

  it('projects the average daily burn over the rest of the window', () => {
    // 10 USD in 10 days: 1 USD/day, 20 days left → 30 USD; a 25 USD limit is reached after 15 more days.
    const forecast = burnForecast(10_000_000n, 25_000_000n, window, at('2024-05-11T00:00:00Z'));
    expect(forecast.burnRatePerDayMicros).toBe(1_000_000n);
    expect(forecast.projectedMicros).toBe(30_000_000n);
    expect(forecast.exhaustsAt).toEqual(at('2024-05-26T00:00:00Z'));
  });

  it('has no exhaustion when the limit is out of reach or already reached', () => {
    expect(burnForecast(10_000_000n, 100_000_000n, window, at('2024-05-11T00:00:00Z')).exhaustsAt).toBeNull();
    expect(burnForecast(30_000_000n, 25_000_000n, window, at('2024-05-11T00:00:00Z')).exhaustsAt).toBeNull();
    expect(burnForecast(0n, 25_000_000n, window, at('2024-05-11T00:00:00Z'))).toEqual({ burnRatePerDayMicros: 0n, projectedMicros: 0n, exhaustsAt: null });
  });

  it('counts at least one hour at the start of a window', () => {
    expect(burnForecast(1_000_000n, 100_000_000n, window, at('2024-05-01T00:00:01Z')).burnRatePerDayMicros).toBe(24_000_000n);
  });
});
