import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One policy by id (null when the caller may not see it). */
export const policy: QueryResolvers['policy'] = (_parent, args, ctx) => ctx.policies.byId(args.id);
