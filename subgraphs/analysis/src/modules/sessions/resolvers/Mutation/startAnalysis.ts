import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Starts an analysis. */
export const startAnalysis: MutationResolvers['startAnalysis'] = (_parent, args, ctx) => ctx.sessions.start(args.input);
