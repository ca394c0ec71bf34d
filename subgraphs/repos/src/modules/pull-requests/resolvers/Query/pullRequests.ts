import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A repository's pull requests. */
export const pullRequests: QueryResolvers['pullRequests'] = (_parent, args, ctx) => ctx.pullRequests.listForRepositoryId(args.repositoryId, args);
