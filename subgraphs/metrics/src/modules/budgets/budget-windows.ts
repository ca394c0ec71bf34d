import { periodContaining, periodStart, type Grain } from '../../periods.js';
import type { Budget, BudgetPeriod, BudgetScope } from './budget.entity.js';

const GRAIN: Record<BudgetPeriod, Grain> = { DAILY: 'DAY', WEEKLY: 'WEEK', MONTHLY: 'MONTH' };

/** The calendar grain of a budget period. */
export function budgetGrain(period: BudgetPeriod): Grain {
  return GRAIN[period];
}

/** The window of a budget that contains `at`. */
export function budgetWindow(budget: Pick<Budget, 'period'>, at: Date): { start: Date; end: Date } {
  return periodContaining(at, GRAIN[budget.period]);
}

/** Start of the window of `period` containing `at`. */
export function windowStart(period: BudgetPeriod, at: Date): Date {
  return periodStart(at, GRAIN[period]);
}

/** The dimensions of a request a budget scope looks at. */
export interface Attribution {
  projectId: string | null;
  teamId: string | null;
  userId: string | null;
}

/** Whether a request counts towards a budget of this scope. */
export function inScope(budget: { scope: BudgetScope; scopeId: string }, request: Attribution): boolean {
  switch (budget.scope) {
    case 'ORGANIZATION':
      return true;
    case 'PROJECT':
      return request.projectId === budget.scopeId;
    case 'TEAM':
      return request.teamId === budget.scopeId;
    case 'USER':
      return request.userId === budget.scopeId;
  }
}

/** Thresholds (basis points) a spend has reached: spend ≥ limit × threshold, compared in integers. */
export function reachedThresholds(limitMicros: bigint, thresholdsBp: readonly number[], spentMicros: bigint): number[] {
  return thresholdsBp.filter((bp) => spentMicros * 10_000n >= limitMicros * BigInt(bp));
}

/** Average daily burn since the window started (at least one hour counted), projection and exhaustion. */
export function burnForecast(spentMicros: bigint, limitMicros: bigint, window: { start: Date; end: Date }, now: Date) {
  const hour = 3_600_000;
  const elapsedMs = Math.max(hour, Math.min(now.getTime(), window.end.getTime()) - window.start.getTime());
  const remainingMs = Math.max(0, window.end.getTime() - now.getTime());
  const perMs = Number(spentMicros) / elapsedMs;
  const burnRatePerDayMicros = BigInt(Math.round(perMs * 86_400_000));
  const projectedMicros = spentMicros + BigInt(Math.round(perMs * remainingMs));
  let exhaustsAt: Date | null = null;
  if (spentMicros < limitMicros && perMs > 0) {
    const at = now.getTime() + Number(limitMicros - spentMicros) / perMs;
    if (at < window.end.getTime()) exhaustsAt = new Date(Math.ceil(at));
  }
  return { burnRatePerDayMicros, projectedMicros, exhaustsAt };
}
