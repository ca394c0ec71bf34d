import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The caller's organizations. */
export const myOrganizations: QueryResolvers['myOrganizations'] = (_parent, _args, ctx) => ctx.organizations.listMine();
