import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Revokes an invitation code (platform admins). */
export const revokeInvitationCode: MutationResolvers['revokeInvitationCode'] = (_parent, args, ctx) => ctx.invitations.revoke(args.id);
