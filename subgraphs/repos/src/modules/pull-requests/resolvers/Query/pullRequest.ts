import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One pull request by id (null when the caller may not see it). */
export const pullRequest: QueryResolvers['pullRequest'] = (_parent, args, ctx) => ctx.pullRequests.byId(args.id);
