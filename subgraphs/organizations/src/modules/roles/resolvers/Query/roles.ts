import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The roles of an organization. */
export const roles: QueryResolvers['roles'] = (_parent, args, ctx) => ctx.roles.list(args.organizationId);
