import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's budget alerts. */
export const budgetAlerts: QueryResolvers['budgetAlerts'] = (_parent, args, ctx) => ctx.budgets.listAlerts(args.organizationId, args);
