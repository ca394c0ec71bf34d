import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Sets or replaces a quality-gate baseline. */
export const setBaseline: MutationResolvers['setBaseline'] = (_parent, args, ctx) => ctx.gates.setBaseline(args.input);
