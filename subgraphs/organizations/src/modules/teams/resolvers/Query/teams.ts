import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** The teams of an organization. */
export const teams: QueryResolvers['teams'] = (_parent, args, ctx) => ctx.teams.list(args.organizationId);
