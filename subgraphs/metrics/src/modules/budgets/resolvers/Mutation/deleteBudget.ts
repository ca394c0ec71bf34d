import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Deletes a budget. */
export const deleteBudget: MutationResolvers['deleteBudget'] = (_parent, args, ctx) => ctx.budgets.delete(args.id);
