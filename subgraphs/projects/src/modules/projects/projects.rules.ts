import { allow, isAuthenticated, type IRules } from '@steward/kernel';
import { canReadInOwningOrganization } from '../../access-rules.js';

/** Operations need a signed-in caller (services check the permission); a Project is visible to readers of its organization. */
export const projectsRules: IRules = {
  Query: { project: isAuthenticated, projectBySlug: isAuthenticated, projects: isAuthenticated },
  Mutation: { createProject: isAuthenticated, updateProject: isAuthenticated, archiveProject: isAuthenticated, unarchiveProject: isAuthenticated },
  Project: canReadInOwningOrganization,
  // The service answers null for organizations whose projects the caller may not see.
  Organization: { id: allow, projects: isAuthenticated },
  ProjectConnection: allow,
  ProjectEdge: allow,
  PageInfo: allow,
  User: allow,
};
