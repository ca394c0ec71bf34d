import { describe, expect, it } from 'vitest';
import { isPeriodStart, nextPeriodStart, periodContaining, periodStart, periodsBetween } from './periods.js';

const at = (iso: string) => new Date(iso);

describe('UTC calendar periods', () => {
  it('truncates to hour, day, ISO week (Monday) and month', () => {
    const t = at('2024-03-14T17:45:12.345Z'); // a Thursday
    expect(periodStart(t, 'HOUR').toISOString()).toBe('2024-03-14T17:00:00.000Z');
    expect(periodStart(t, 'DAY').toISOString()).toBe('2024-03-14T00:00:00.000Z');
    expect(periodStart(t, 'WEEK').toISOString()).toBe('2024-03-11T00:00:00.000Z');
    expect(periodStart(at('2024-03-17T23:59:59Z'), 'WEEK').toISOString()).toBe('2024-03-11T00:00:00.000Z');
    expect(periodStart(at('2024-03-18T00:00:00Z'), 'WEEK').toISOString()).toBe('2024-03-18T00:00:00.000Z');
    expect(periodStart(t, 'MONTH').toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('steps months of different lengths, across years', () => {
    expect(nextPeriodStart(at('2024-01-01T00:00:00Z'), 'MONTH').toISOString()).toBe('2024-02-01T00:00:00.000Z');
    expect(nextPeriodStart(at('2024-12-01T00:00:00Z'), 'MONTH').toISOString()).toBe('2025-01-01T00:00:00.000Z');
    expect(periodContaining(at('2024-02-29T12:00:00Z'), 'MONTH').end.toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('lists clipped periods between two instants and refuses too many', () => {
    const periods = periodsBetween(at('2024-03-01T06:00:00Z'), at('2024-03-03T12:00:00Z'), 'DAY', 10)!;
    expect(periods.map((p) => [p.start.toISOString(), p.end.toISOString()])).toEqual([
      ['2024-03-01T06:00:00.000Z', '2024-03-02T00:00:00.000Z'],
      ['2024-03-02T00:00:00.000Z', '2024-03-03T00:00:00.000Z'],
      ['2024-03-03T00:00:00.000Z', '2024-03-03T12:00:00.000Z'],
    ]);
    expect(periods[0]!.key).toBe(at('2024-03-01T00:00:00Z').getTime());
    expect(periodsBetween(at('2024-03-01T00:00:00Z'), at('2024-03-02T00:00:00Z'), 'HOUR', 23)).toBeNull();
    expect(periodsBetween(at('2024-03-01T00:00:00Z'), at('2024-03-02T00:00:00Z'), 'HOUR', 24)).toHaveLength(24);
  });

  it('tells period starts apart', () => {
    expect(isPeriodStart(at('2024-03-01T00:00:00Z'), 'DAY')).toBe(true);
    expect(isPeriodStart(at('2024-03-01T01:00:00Z'), 'DAY')).toBe(false);
    expect(isPeriodStart(at('2024-03-01T01:00:00Z'), 'HOUR')).toBe(true);
  });
});
