import DataLoader from 'dataloader';
import { loaderById } from '@steward/kernel';
import type { MetricsScope } from '../../metrics.scope.js';
import type { BudgetAlert } from './budget-alert.entity.js';
import { BudgetAlertRepository } from './budget-alert.repository.js';
import type { Budget } from './budget.entity.js';
import { BudgetRepository } from './budget.repository.js';
import { BudgetSpendRepository } from './budget-spend.repository.js';

/** Per-request loader of budgets the caller may read (`metrics:read`), in key order (null otherwise). */
export function createBudgetLoader({ em, access }: MetricsScope): DataLoader<string, Budget | null> {
  return loaderById(async (ids) => new BudgetRepository(em, await access.scope('metrics:read')).findByIds(ids));
}

/** Per-request loader of budget alerts the caller may read, in key order (null otherwise). */
export function createBudgetAlertLoader({ em, access }: MetricsScope): DataLoader<string, BudgetAlert | null> {
  return loaderById(async (ids) => new BudgetAlertRepository(em, await access.scope('metrics:read')).findByIds(ids));
}

/** Per-request loader of the spend of budget windows the caller may read (zero for windows with none). */
export function createBudgetSpendLoader({ em, access }: MetricsScope): DataLoader<{ budgetId: string; windowStart: Date }, bigint, string> {
  const key = (k: { budgetId: string; windowStart: Date }) => `${k.budgetId}|${k.windowStart.getTime()}`;
  return new DataLoader(
    async (keys) => {
      const spend = await new BudgetSpendRepository(em, await access.scope('metrics:read')).findWindows(keys);
      const found = new Map(spend.map((row) => [key(row), row.spentMicros]));
      return keys.map((k) => found.get(key(k)) ?? 0n);
    },
    { cacheKeyFn: key },
  );
}
