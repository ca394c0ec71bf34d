import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Joins an organization with an invitation token. */
export const acceptInvitation: MutationResolvers['acceptInvitation'] = (_parent, args, ctx) => ctx.invitations.accept(args.token);
