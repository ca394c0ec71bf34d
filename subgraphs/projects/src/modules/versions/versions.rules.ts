import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Operations need a signed-in caller (services check the permission); a version is visible to readers of its organization. */
export const versionsRules: IRules = {
  Query: { projectVersion: isPrincipal },
  Mutation: { createVersion: isPrincipal, promoteVersion: isPrincipal, degradeVersion: isPrincipal, rollbackVersion: isPrincipal },
  ProjectVersion: holdsInOwningOrganization('project:read'),
  // Reachable only through a ProjectVersion or a mutation's result, both guarded.
  VersionTransition: allow,
  VersionTransitionConnection: allow,
  VersionTransitionEdge: allow,
  ProjectVersionConnection: allow,
  ProjectVersionEdge: allow,
  StageChangePayload: allow,
  // A version's source revision carries only keys; the repository's fields come from repos, under its rules.
  SourceRevision: allow,
  Repository: allow,
};
