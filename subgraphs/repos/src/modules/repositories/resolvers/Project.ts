import type { ProjectResolvers } from '../../../__generated__/resolvers-types.js';

/** Repos' part of a Project: its connected repositories. */
export const Project: ProjectResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  repositories: (project, args, ctx) => ctx.repositories.listForProject(project.id, args),
};
