import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One organization by id or slug. */
export const organization: QueryResolvers['organization'] = (_parent, args, ctx) => ctx.organizations.find(args);
