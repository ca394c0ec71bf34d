import { defineEntity, type InferEntity } from '@mikro-orm/core';

/** What a budget's spend counts. */
export type BudgetScope = 'ORGANIZATION' | 'TEAM' | 'USER' | 'PROJECT';
/** How often a budget's spend starts again. */
export type BudgetPeriod = 'DAILY' | 'WEEKLY' | 'MONTHLY';

/**
 * A spending limit per calendar window. Thresholds are kept in basis points (8000 = 80%) so the
 * alert de-duplication key never compares floats. Windows before `trackedFrom` are not counted.
 */
export const BudgetSchema = defineEntity({
  name: 'Budget',
  tableName: 'budgets',
  properties: (p) => ({
    id: p.uuid().primary(),
    organizationId: p.uuid(),
    name: p.string().length(100),
    scope: p.string().length(20).$type<BudgetScope>(),
    scopeId: p.uuid(),
    period: p.string().length(10).$type<BudgetPeriod>(),
    limitMicros: p.bigint(),
    alertThresholdsBp: p.array((value) => Number(value)).columnType('integer[]'),
    trackedFrom: p.datetime(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
    createdBy: p.string().length(120),
  }),
});
export type Budget = InferEntity<typeof BudgetSchema>;
