import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Ends an exception now. */
export const revokePolicyException: MutationResolvers['revokePolicyException'] = (_parent, args, ctx) => ctx.assignments.revokeException(args.exceptionId);
