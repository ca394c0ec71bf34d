import { userReferenceOf } from '@steward/kernel';
import type { PolicyViolationResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and a violation's links. */
export const PolicyViolation: PolicyViolationResolvers = {
  __resolveReference: (reference, ctx) => ctx.violations.byId(reference.id),
  organization: (violation) => ({ id: violation.organizationId }),
  policy: (violation, _args, ctx) => ctx.policies.require(violation.policyId),
  policyVersion: (violation, _args, ctx) => ctx.policies.requireVersion(violation.policyVersionId),
  rule: (violation) => violation.ruleName,
  statusChangedBy: (violation) => (violation.statusChangedBy ? userReferenceOf(violation.statusChangedBy) : null),
};
