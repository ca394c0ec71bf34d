import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** What changed between two versions of one policy. */
export const diffPolicyVersions: QueryResolvers['diffPolicyVersions'] = (_parent, args, ctx) => ctx.policies.diff(args.fromVersionId, args.toVersionId);
