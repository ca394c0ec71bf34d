import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One logged decision by id (null when the caller may not see it). */
export const policyDecision: QueryResolvers['policyDecision'] = (_parent, args, ctx) => ctx.decisions.byId(args.id);
