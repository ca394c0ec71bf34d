import type { ProjectResolvers } from '../../../__generated__/resolvers-types.js';

/** The versions side of a project. */
export const Project: ProjectResolvers = {
  currentVersion: (project, _args, ctx) => ctx.versions.productionOf(project),
  versions: (project, args, ctx) => ctx.versions.versionsOf(project, args),
  viewerCanCreateVersion: (project, _args, ctx) => ctx.projects.viewerCan(project, 'version:create', { change: true }),
  viewerCanPromote: (project, _args, ctx) => ctx.projects.viewerCan(project, 'version:promote', { change: true }),
  viewerCanForcePromote: (project, _args, ctx) => ctx.projects.viewerCan(project, 'version:force-promote', { change: true }),
};
