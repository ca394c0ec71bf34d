import type { ResolverMap } from '@steward/kernel';
import { archiveProject } from './resolvers/Mutation/archiveProject.js';
import { createProject } from './resolvers/Mutation/createProject.js';
import { unarchiveProject } from './resolvers/Mutation/unarchiveProject.js';
import { updateProject } from './resolvers/Mutation/updateProject.js';
import { Organization } from './resolvers/Organization.js';
import { Project } from './resolvers/Project.js';
import { project } from './resolvers/Query/project.js';
import { projectBySlug } from './resolvers/Query/projectBySlug.js';
import { projects } from './resolvers/Query/projects.js';

/** The projects module's resolvers. */
export const projectsResolvers: ResolverMap = {
  Query: { project, projectBySlug, projects },
  Mutation: { createProject, updateProject, archiveProject, unarchiveProject },
  Project,
  Organization,
};
