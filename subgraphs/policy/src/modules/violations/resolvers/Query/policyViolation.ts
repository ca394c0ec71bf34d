import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One violation by id (null when the caller may not see it). */
export const policyViolation: QueryResolvers['policyViolation'] = (_parent, args, ctx) => ctx.violations.byId(args.id);
