import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes a budget. */
export const updateBudget: MutationResolvers['updateBudget'] = (_parent, args, ctx) => ctx.budgets.update(args.id, args.input);
