import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, type MetricsAccess } from '../../authorization.js';
import type { BudgetAlert } from './budget-alert.entity.js';
import { BudgetAlertRepository } from './budget-alert.repository.js';
import type { Budget } from './budget.entity.js';
import { BudgetRepository } from './budget.repository.js';
import { BudgetSpendRepository } from './budget-spend.repository.js';

/** Per-request batch loader of budgets the caller may read, in key order (null otherwise). */
export function createBudgetLoader(em: EntityManager, access: MetricsAccess): DataLoader<string, Budget | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await new BudgetRepository(em, await access.organizationsWith('metrics:read')).findManyByIds(valid) : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request batch loader of budget alerts the caller may read, in key order (null otherwise). */
export function createBudgetAlertLoader(em: EntityManager, access: MetricsAccess): DataLoader<string, BudgetAlert | null> {
  return new DataLoader(async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length ? await new BudgetAlertRepository(em, await access.organizationsWith('metrics:read')).findManyByIds(valid) : [];
    const found = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/**
 * Per-request batch loader of budget window spend (zero for windows with none). Keys come from
 * budgets already loaded through a scoped repository, so no tenant check is repeated here.
 */
export function createBudgetSpendLoader(em: EntityManager): DataLoader<{ budgetId: string; windowStart: Date }, bigint, string> {
  const key = (k: { budgetId: string; windowStart: Date }) => `${k.budgetId}|${k.windowStart.getTime()}`;
  return new DataLoader(
    async (keys) => {
      const found = new Map((await new BudgetSpendRepository(em).find(keys)).map((row) => [key(row), row.spentMicros]));
      return keys.map((k) => found.get(key(k)) ?? 0n);
    },
    { cacheKeyFn: key },
  );
}
