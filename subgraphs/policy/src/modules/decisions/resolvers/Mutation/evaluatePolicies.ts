import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Decides an action against the assigned policies and explains the outcome. */
export const evaluatePolicies: MutationResolvers['evaluatePolicies'] = (_parent, args, ctx) => ctx.decisions.evaluate(args.input);
