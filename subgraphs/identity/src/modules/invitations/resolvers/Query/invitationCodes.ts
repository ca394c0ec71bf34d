import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** Invitation codes, newest first (platform admins). */
export const invitationCodes: QueryResolvers['invitationCodes'] = (_parent, args, ctx) => ctx.invitations.list(args);
