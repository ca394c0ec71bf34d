import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Starts a new session with the same inputs. */
export const rerunAnalysis: MutationResolvers['rerunAnalysis'] = (_parent, args, ctx) => ctx.sessions.rerun(args.sessionId);
