import { userReferenceOf } from '@steward/kernel';
import type { PolicyAssignmentResolvers } from '../../../__generated__/resolvers-types.js';

/** An assignment's policy, enforcement and exceptions. */
export const PolicyAssignment: PolicyAssignmentResolvers = {
  policy: (assignment, _args, ctx) => ctx.policies.require(assignment.policyId),
  effectiveEnforcement: (assignment, _args, ctx) => ctx.assignments.effectiveEnforcement(assignment),
  exceptions: (assignment, _args, ctx) => ctx.assignments.exceptionsOf(assignment),
  createdBy: (assignment) => userReferenceOf(assignment.createdBy),
};
