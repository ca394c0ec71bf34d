import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** A threshold a budget crossed in one window; unique per (budget, window, threshold). */
export const BudgetAlertSchema = defineEntity({
  name: 'BudgetAlert',
  tableName: 'budget_alerts',
  properties: (p) => ({
    id: p.uuid().primary(),
    budgetId: p.uuid(),
    organizationId: p.uuid(),
    windowStart: p.datetime(),
    windowEnd: p.datetime(),
    thresholdBp: p.integer(),
    spentMicros: p.bigint(),
    limitMicros: p.bigint(),
    raisedAt: p.datetime(),
  }),
});
export type BudgetAlert = InferEntity<typeof BudgetAlertSchema>;
