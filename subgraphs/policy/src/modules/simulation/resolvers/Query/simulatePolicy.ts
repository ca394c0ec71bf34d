import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** Replays the decision log of a window against a draft or a stored version. */
export const simulatePolicy: QueryResolvers['simulatePolicy'] = (_parent, args, ctx) => ctx.simulations.simulate(args.input);
