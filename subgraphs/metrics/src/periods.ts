/** Calendar periods in UTC; weeks start on Monday (ISO 8601), like PostgreSQL's `date_trunc('week', …)`. */
export type Grain = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';

/** The `date_trunc` field name of a grain. */
export const SQL_GRAIN: Record<Grain, string> = { HOUR: 'hour', DAY: 'day', WEEK: 'week', MONTH: 'month' };

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Start of the period of `grain` that contains `at`. */
export function periodStart(at: Date, grain: Grain): Date {
  const t = at.getTime();
  switch (grain) {
    case 'HOUR':
      return new Date(Math.floor(t / HOUR_MS) * HOUR_MS);
    case 'DAY':
      return new Date(Math.floor(t / DAY_MS) * DAY_MS);
    case 'WEEK': {
      const day = Math.floor(t / DAY_MS) * DAY_MS;
      // 1970-01-01 was a Thursday: (weekday + 6) % 7 counts days since Monday.
      const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
      return new Date(day - sinceMonday * DAY_MS);
    }
    case 'MONTH':
      return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  }
}

/** Start of the period after the one starting at `start`. */
export function nextPeriodStart(start: Date, grain: Grain): Date {
  switch (grain) {
    case 'HOUR':
      return new Date(start.getTime() + HOUR_MS);
    case 'DAY':
      return new Date(start.getTime() + DAY_MS);
    case 'WEEK':
      return new Date(start.getTime() + 7 * DAY_MS);
    case 'MONTH':
      return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  }
}

/** The period containing `at` as a half-open interval [start, end). */
export function periodContaining(at: Date, grain: Grain): { start: Date; end: Date } {
  const start = periodStart(at, grain);
  return { start, end: nextPeriodStart(start, grain) };
}

/**
 * The periods of `grain` overlapping [from, to), each clipped to the range, or null when there
 * would be more than `max` of them.
 */
export function periodsBetween(from: Date, to: Date, grain: Grain, max: number): { start: Date; end: Date; key: number }[] | null {
  const out: { start: Date; end: Date; key: number }[] = [];
  for (let start = periodStart(from, grain); start < to; start = nextPeriodStart(start, grain)) {
    if (out.length === max) return null;
    const end = nextPeriodStart(start, grain);
    out.push({ start: start < from ? from : start, end: end > to ? to : end, key: start.getTime() });
  }
  return out;
}

/** Whether `at` is exactly the start of a period of `grain`. */
export function isPeriodStart(at: Date, grain: Grain): boolean {
  return periodStart(at, grain).getTime() === at.getTime();
}

/** Whole and fractional days between two instants. */
export function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY_MS;
}
