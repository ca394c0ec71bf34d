import type { PolicyDecisionResolvers } from '../../../__generated__/resolvers-types.js';

/** A decision's results: every evaluated policy, and those whose failing rules set the outcome. */
export const PolicyDecision: PolicyDecisionResolvers = {
  __resolveReference: (reference, ctx) => ctx.decisions.byId(reference.id),
  organization: (decision) => ({ id: decision.organizationId }),
  determiningPolicies: (decision) => (decision.outcome === 'ALLOW' ? [] : decision.results.filter((result) => result.outcome === decision.outcome)),
  evaluatedPolicies: (decision) => decision.results,
  latencyMs: (decision) => decision.latencyUs / 1000,
  logged: (decision) => ('logged' in decision ? Boolean(decision.logged) : true),
};
