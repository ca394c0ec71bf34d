import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Moves a violation to another status. */
export const updatePolicyViolation: MutationResolvers['updatePolicyViolation'] = (_parent, args, ctx) => ctx.violations.update(args.input);
