import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Removes a member from an organization. */
export const removeMember: MutationResolvers['removeMember'] = (_parent, args, ctx) => ctx.members.remove(args.organizationId, args.membershipId);
