import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates an invitation code (platform admins). */
export const createInvitationCode: MutationResolvers['createInvitationCode'] = (_parent, args, ctx) => ctx.invitations.create(args);
