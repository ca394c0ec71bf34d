import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A budget alert the caller may read, or null. */
export const budgetAlert: QueryResolvers['budgetAlert'] = (_parent, args, ctx) => ctx.loaders.alertById.load(args.id);
