import type { ResolverMap } from '@steward/kernel';
import { updatePolicyViolation } from './resolvers/Mutation/updatePolicyViolation.js';
import { PolicyViolation } from './resolvers/PolicyViolation.js';
import { ProjectVersion } from './resolvers/ProjectVersion.js';
import { policyViolation } from './resolvers/Query/policyViolation.js';
import { policyViolations } from './resolvers/Query/policyViolations.js';
import { VersionPolicyStatus } from './resolvers/VersionPolicyStatus.js';

/** The violations module's resolvers (the subscription is served by the gateway from the bus). */
export const violationsResolvers: ResolverMap = {
  Query: { policyViolations, policyViolation },
  Mutation: { updatePolicyViolation },
  PolicyViolation,
  ProjectVersion,
  VersionPolicyStatus,
};
