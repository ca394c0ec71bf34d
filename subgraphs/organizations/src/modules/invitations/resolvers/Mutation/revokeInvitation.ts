import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Withdraws a pending invitation. */
export const revokeInvitation: MutationResolvers['revokeInvitation'] = (_parent, args, ctx) =>
  ctx.invitations.revoke(args.organizationId, args.invitationId);
