import type { ProjectResolvers } from '../../../__generated__/resolvers-types.js';
import { userReferenceOf } from '@steward/kernel';

/** Entity resolution and the project's own derived fields. */
export const Project: ProjectResolvers = {
  __resolveReference: (reference, ctx) => ctx.projects.byId(reference.id),
  organization: (project) => ({ id: project.organizationId }),
  settings: (project, _args, ctx) => ctx.projects.settingsOf(project),
  archived: (project) => project.archivedAt !== null,
  createdBy: (project) => userReferenceOf(project.createdBy),
  viewerCanWrite: (project, _args, ctx) => ctx.projects.viewerCan(project, 'project:write', { change: true }),
  viewerCanArchive: (project, _args, ctx) => ctx.projects.viewerCan(project, 'project:archive', { change: false }),
};
