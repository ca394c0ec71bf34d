import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** The decision API needs a signed-in caller or API key (the service checks `policy:evaluate`); logged decisions are visible to policy readers. */
export const decisionsRules: IRules = {
  Query: { policyDecisions: isPrincipal, policyDecision: isPrincipal, policyActionContexts: isPrincipal },
  Mutation: { evaluatePolicies: isPrincipal },
  PolicyDecision: holdsInOwningOrganization('policy:read'),
  PolicyDecisionConnection: allow,
  PolicyDecisionEdge: allow,
  PolicyResult: allow,
  PolicyRuleResult: allow,
  PolicyConditionExplanation: allow,
  PolicySubject: allow,
  PolicyActionContext: allow,
  PolicyContextField: allow,
};
