import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Removes a baseline. */
export const removeBaseline: MutationResolvers['removeBaseline'] = (_parent, args, ctx) => ctx.gates.removeBaseline(args.id);
