import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Cancels a session that has not finished. */
export const cancelAnalysis: MutationResolvers['cancelAnalysis'] = (_parent, args, ctx) => ctx.sessions.cancel(args.sessionId);
