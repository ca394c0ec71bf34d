import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's invitations. */
export const invitations: QueryResolvers['invitations'] = (_parent, args, ctx) => ctx.invitations.list(args.organizationId, args);
