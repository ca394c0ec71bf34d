import { defineEntity, type InferEntity } from '@mikro-orm/core';
import type { BudgetPeriod } from './budget.entity.js';

/**
 * A threshold a budget crossed in one window; unique per (budget, period, window start, threshold):
 * a window is its period and start, since a re-periodised budget's new window may start at the same instant.
 */
export const BudgetAlertSchema = defineEntity({
  name: 'BudgetAlert',
  tableName: 'budget_alerts',
  properties: (p) => ({
    id: p.uuid().primary(),
    budgetId: p.uuid(),
    organizationId: p.uuid(),
    period: p.string().length(10).$type<BudgetPeriod>(),
    windowStart: p.datetime(),
    windowEnd: p.datetime(),
    thresholdBp: p.integer(),
    spentMicros: p.bigint(),
    limitMicros: p.bigint(),
    raisedAt: p.datetime(),
  }),
});
export type BudgetAlert = InferEntity<typeof BudgetAlertSchema>;
