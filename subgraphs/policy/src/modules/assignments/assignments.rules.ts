import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Changes need a signed-in caller (services check `policy:manage`); assignments and exceptions are visible to policy readers of their organization. */
export const assignmentsRules: IRules = {
  Mutation: { assignPolicy: isPrincipal, unassignPolicy: isPrincipal, grantPolicyException: isPrincipal, revokePolicyException: isPrincipal },
  PolicyAssignment: holdsInOwningOrganization('policy:read'),
  PolicyException: holdsInOwningOrganization('policy:read'),
  PolicyAssignmentConnection: allow,
  PolicyAssignmentEdge: allow,
};
