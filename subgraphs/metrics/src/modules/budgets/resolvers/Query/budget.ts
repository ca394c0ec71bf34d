import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A budget the caller may read, or null. */
export const budget: QueryResolvers['budget'] = (_parent, args, ctx) => ctx.loaders.budgetById.load(args.id);
