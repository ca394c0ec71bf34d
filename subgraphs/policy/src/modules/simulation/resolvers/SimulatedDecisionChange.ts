import type { SimulatedDecisionChangeResolvers } from '../../../__generated__/resolvers-types.js';

/** The logged decision a replay would change. */
export const SimulatedDecisionChange: SimulatedDecisionChangeResolvers = {
  decision: (change, _args, ctx) => ctx.decisions.require(change.decisionId),
};
