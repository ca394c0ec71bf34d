import { userReferenceOf } from '@steward/kernel';
import type { PolicyResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and the policy's lists and derived fields. */
export const Policy: PolicyResolvers = {
  __resolveReference: (reference, ctx) => ctx.policies.byId(reference.id),
  organization: (policy) => ({ id: policy.organizationId }),
  description: (policy) => policy.description,
  currentVersion: (policy, _args, ctx) => ctx.policies.requireVersion(policy.currentVersionId),
  versions: (policy, args, ctx) => ctx.policies.versions(policy, args),
  assignments: (policy, args, ctx) => ctx.assignments.list(policy, args),
  violations: (policy, args, ctx) => ctx.violations.listForPolicy(policy, args),
  effectiveness: (policy, args, ctx) => ctx.violations.effectiveness(policy, args),
  createdBy: (policy) => userReferenceOf(policy.createdBy),
  viewerCanManage: (policy, _args, ctx) => ctx.policies.viewerCanManage(policy),
};
