import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** The caller leaves an organization. */
export const leaveOrganization: MutationResolvers['leaveOrganization'] = (_parent, args, ctx) => ctx.members.leave(args.organizationId);
