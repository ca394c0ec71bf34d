import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Operations need a signed-in caller (services check the permission); policies and versions are visible to policy readers of their organization. */
export const policiesRules: IRules = {
  Query: { policies: isPrincipal, policy: isPrincipal, policyVersion: isPrincipal, diffPolicyVersions: isPrincipal },
  Mutation: { createPolicy: isPrincipal, updatePolicy: isPrincipal, activatePolicyVersion: isPrincipal, retirePolicy: isPrincipal },
  Policy: holdsInOwningOrganization('policy:read'),
  PolicyVersion: holdsInOwningOrganization('policy:read'),
  PolicyConnection: allow,
  PolicyEdge: allow,
  PolicyVersionConnection: allow,
  PolicyVersionEdge: allow,
  PolicyVersionDiff: allow,
  PolicyRuleChange: allow,
  PolicyParameterChange: allow,
  PolicyEffectiveness: allow,
  Organization: allow,
  User: allow,
};
