import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's members. */
export const members: QueryResolvers['members'] = (_parent, args, ctx) => ctx.members.list(args.organizationId, args);
