import type { BudgetResolvers } from '../../../__generated__/resolvers-types.js';
import type { MetricsContext } from '../../../metrics.context.js';
import type { Budget as BudgetEntity } from '../budget.entity.js';
import { budgetWindow } from '../budget-windows.js';

async function figures(budget: BudgetEntity, ctx: MetricsContext) {
  const window = budgetWindow(budget, ctx.now);
  const spent = await ctx.loaders.budgetSpend.load({ budgetId: budget.id, windowStart: window.start });
  return ctx.budgets.figures(budget, spent, ctx.now);
}

/** Budget fields: live figures of the current window, and entity resolution through the loader. */
export const Budget: BudgetResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.budgetById.load(reference.id),
  organization: (budget) => ({ __typename: 'Organization', id: budget.organizationId }),
  limitUsd: (budget) => budget.limitMicros,
  alertThresholds: (budget) => budget.alertThresholdsBp.map((bp) => bp / 10_000),
  window: (budget, _args, ctx) => budgetWindow(budget, ctx.now),
  spentUsd: async (budget, _args, ctx) => (await figures(budget, ctx)).spentMicros,
  utilization: async (budget, _args, ctx) => (await figures(budget, ctx)).utilization,
  forecast: async (budget, _args, ctx) => {
    const { forecast } = await figures(budget, ctx);
    return { projectedSpendUsd: forecast.projectedMicros, burnRatePerDayUsd: forecast.burnRatePerDayMicros, exhaustsAt: forecast.exhaustsAt };
  },
  alerts: (budget, args, ctx) => ctx.budgets.alertsOf(budget, args),
  viewerCanManage: (budget, _args, ctx) => ctx.budgets.canManage(budget),
};
