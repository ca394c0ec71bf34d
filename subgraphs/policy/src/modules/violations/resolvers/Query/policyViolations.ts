import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** An organization’s violations, newest first. */
export const policyViolations: QueryResolvers['policyViolations'] = (_parent, args, ctx) => ctx.violations.list(args.organizationId, args);
