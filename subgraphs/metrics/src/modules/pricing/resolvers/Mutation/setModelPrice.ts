import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Adds a model price version. */
export const setModelPrice: MutationResolvers['setModelPrice'] = (_parent, args, ctx) => ctx.pricing.set(args.input);
