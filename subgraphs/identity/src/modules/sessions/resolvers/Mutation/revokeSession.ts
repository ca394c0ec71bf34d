import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Signs out one of the caller's sessions. */
export const revokeSession: MutationResolvers['revokeSession'] = (_parent, args, ctx) => ctx.sessions.revoke(args.id);
