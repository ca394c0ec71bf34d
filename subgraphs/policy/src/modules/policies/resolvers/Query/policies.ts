import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** An organization’s policies, oldest first. */
export const policies: QueryResolvers['policies'] = (_parent, args, ctx) => ctx.policies.list(args.organizationId, args);
