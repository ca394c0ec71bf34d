import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Invites someone by email. */
export const inviteMember: MutationResolvers['inviteMember'] = (_parent, args, ctx) => ctx.invitations.invite(args.input);
