import { userReferenceOf } from '@steward/kernel';
import type { PolicyVersionResolvers } from '../../../__generated__/resolvers-types.js';

/** Entity resolution and a version's links. */
export const PolicyVersion: PolicyVersionResolvers = {
  __resolveReference: (reference, ctx) => ctx.policies.versionById(reference.id),
  policy: (version, _args, ctx) => ctx.policies.require(version.policyId),
  author: (version) => userReferenceOf(version.createdBy),
  isCurrent: async (version, _args, ctx) => (await ctx.policies.require(version.policyId)).currentVersionId === version.id,
};
