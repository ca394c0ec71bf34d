import { allow, holdsInOwningOrganization, isPrincipal, type IRules } from '@steward/kernel';

/** Operations need a signed-in caller (services check the permission); a Project is visible to readers of its organization. */
export const projectsRules: IRules = {
  Query: { project: isPrincipal, projectBySlug: isPrincipal, projects: isPrincipal },
  Mutation: { createProject: isPrincipal, updateProject: isPrincipal, archiveProject: isPrincipal, unarchiveProject: isPrincipal },
  Project: holdsInOwningOrganization('project:read'),
  // The service answers null for organizations whose projects the caller may not see.
  Organization: { id: allow, projects: isPrincipal },
  ProjectConnection: allow,
  ProjectEdge: allow,
  PageInfo: allow,
  User: allow,
};
