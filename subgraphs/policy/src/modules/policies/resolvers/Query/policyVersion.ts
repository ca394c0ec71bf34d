import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One policy version by id (null when the caller may not see it). */
export const policyVersion: QueryResolvers['policyVersion'] = (_parent, args, ctx) => ctx.policies.versionById(args.id);
