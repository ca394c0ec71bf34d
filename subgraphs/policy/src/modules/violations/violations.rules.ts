import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Violations are visible to policy readers of their organization; changing one needs `policy:manage` (checked by the service). */
export const violationsRules: IRules = {
  Query: { policyViolations: isPrincipal, policyViolation: isPrincipal },
  Mutation: { updatePolicyViolation: isPrincipal },
  PolicyViolation: holdsInOwningOrganization('policy:read'),
  PolicyViolationConnection: allow,
  PolicyViolationEdge: allow,
  VersionPolicyStatus: allow,
  // A version id says nothing; its violations are scoped to organizations where the caller reads policies.
  ProjectVersion: { id: allow, violations: isPrincipal, policyStatus: isPrincipal },
};
