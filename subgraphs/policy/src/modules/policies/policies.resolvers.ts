import type { ResolverMap } from '@steward/kernel';
import { activatePolicyVersion } from './resolvers/Mutation/activatePolicyVersion.js';
import { createPolicy } from './resolvers/Mutation/createPolicy.js';
import { retirePolicy } from './resolvers/Mutation/retirePolicy.js';
import { updatePolicy } from './resolvers/Mutation/updatePolicy.js';
import { Policy } from './resolvers/Policy.js';
import { PolicyVersion } from './resolvers/PolicyVersion.js';
import { PolicyVersionDiff } from './resolvers/PolicyVersionDiff.js';
import { diffPolicyVersions } from './resolvers/Query/diffPolicyVersions.js';
import { policies } from './resolvers/Query/policies.js';
import { policy } from './resolvers/Query/policy.js';
import { policyVersion } from './resolvers/Query/policyVersion.js';

/** The policies module's resolvers. */
export const policiesResolvers: ResolverMap = {
  Query: { policies, policy, policyVersion, diffPolicyVersions },
  Mutation: { createPolicy, updatePolicy, activatePolicyVersion, retirePolicy },
  Policy,
  PolicyVersion,
  PolicyVersionDiff,
};
