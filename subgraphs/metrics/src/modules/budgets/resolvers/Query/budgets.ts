import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's budgets. */
export const budgets: QueryResolvers['budgets'] = (_parent, args, ctx) => ctx.budgets.list(args.organizationId, args);
