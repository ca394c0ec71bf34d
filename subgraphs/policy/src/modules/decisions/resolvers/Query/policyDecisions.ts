import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** An organization’s decision log, newest first. */
export const policyDecisions: QueryResolvers['policyDecisions'] = (_parent, args, ctx) => ctx.decisions.list(args.organizationId, args);
