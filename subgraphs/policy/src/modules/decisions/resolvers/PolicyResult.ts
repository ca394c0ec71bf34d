import type { PolicyResultResolvers } from '../../../__generated__/resolvers-types.js';

/** What one policy said in a decision. */
export const PolicyResult: PolicyResultResolvers = {
  policy: (result, _args, ctx) => ctx.policies.require(result.policyId),
  policyVersion: (result, _args, ctx) => ctx.policies.requireVersion(result.policyVersionId),
  wouldDeny: (result) => result.violation === 'WOULD_DENY',
  violated: (result) => result.violation !== null,
};
