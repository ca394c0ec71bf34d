import type { ResolverMap } from '@steward/kernel';
import { assignPolicy } from './resolvers/Mutation/assignPolicy.js';
import { grantPolicyException } from './resolvers/Mutation/grantPolicyException.js';
import { revokePolicyException } from './resolvers/Mutation/revokePolicyException.js';
import { unassignPolicy } from './resolvers/Mutation/unassignPolicy.js';
import { PolicyAssignment } from './resolvers/PolicyAssignment.js';
import { PolicyException } from './resolvers/PolicyException.js';

/** The assignments module's resolvers. */
export const assignmentsResolvers: ResolverMap = {
  Mutation: { assignPolicy, unassignPolicy, grantPolicyException, revokePolicyException },
  PolicyAssignment,
  PolicyException,
};
