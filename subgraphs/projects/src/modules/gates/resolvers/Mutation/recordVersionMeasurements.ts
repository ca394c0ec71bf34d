import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Records measured values for a version. */
export const recordVersionMeasurements: MutationResolvers['recordVersionMeasurements'] = (_parent, args, ctx) =>
  ctx.gates.recordMeasurements(args.input);
