import { allow, isPrincipal, type IRules } from '@steward/kernel';
import { canReadInOwningOrganization } from '../../access-rules.js';

/** Operations need a signed-in caller (services check the permission); a version is visible to readers of its organization. */
export const versionsRules: IRules = {
  Query: { projectVersion: isPrincipal },
  Mutation: { createVersion: isPrincipal, promoteVersion: isPrincipal, degradeVersion: isPrincipal, rollbackVersion: isPrincipal },
  ProjectVersion: canReadInOwningOrganization,
  // Reachable only through a ProjectVersion or a mutation's result, both guarded.
  VersionTransition: allow,
  VersionTransitionConnection: allow,
  VersionTransitionEdge: allow,
  ProjectVersionConnection: allow,
  ProjectVersionEdge: allow,
  StageChangePayload: allow,
};
