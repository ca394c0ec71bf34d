import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One repository by id (null when the caller may not see it). */
export const repository: QueryResolvers['repository'] = (_parent, args, ctx) => ctx.repositories.byId(args.id);
