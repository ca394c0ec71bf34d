import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates a budget. */
export const createBudget: MutationResolvers['createBudget'] = (_parent, args, ctx) => ctx.budgets.create(args.input);
