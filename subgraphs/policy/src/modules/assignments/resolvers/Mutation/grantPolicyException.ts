import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Excepts a subject from an assignment until a time. */
export const grantPolicyException: MutationResolvers['grantPolicyException'] = (_parent, args, ctx) => ctx.assignments.grantException(args.input);
