import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The permission catalogue. */
export const permissions: QueryResolvers['permissions'] = (_parent, _args, ctx) => ctx.roles.catalogue();
