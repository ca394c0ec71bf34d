import type { ResolverMap } from '@steward/kernel';
import { evaluatePolicies } from './resolvers/Mutation/evaluatePolicies.js';
import { PolicyDecision } from './resolvers/PolicyDecision.js';
import { PolicyResult } from './resolvers/PolicyResult.js';
import { policyActionContexts } from './resolvers/Query/policyActionContexts.js';
import { policyDecision } from './resolvers/Query/policyDecision.js';
import { policyDecisions } from './resolvers/Query/policyDecisions.js';

/** The decisions module's resolvers. */
export const decisionsResolvers: ResolverMap = {
  Query: { policyDecisions, policyDecision, policyActionContexts },
  Mutation: { evaluatePolicies },
  PolicyDecision,
  PolicyResult,
};
