import type { BudgetAlertResolvers } from '../../../__generated__/resolvers-types.js';

/** Budget alert fields, and entity resolution through the loader. */
export const BudgetAlert: BudgetAlertResolvers = {
  __resolveReference: (reference, ctx) => ctx.loaders.alertById.load(reference.id),
  organization: (alert) => ({ __typename: 'Organization', id: alert.organizationId }),
  budget: (alert, _args, ctx) => ctx.loaders.budgetById.load(alert.budgetId),
  threshold: (alert) => alert.thresholdBp / 10_000,
  window: (alert) => ({ start: alert.windowStart, end: alert.windowEnd }),
  spentUsd: (alert) => alert.spentMicros,
  limitUsd: (alert) => alert.limitMicros,
};
