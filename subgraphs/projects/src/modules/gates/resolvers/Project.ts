import type { ProjectResolvers } from '../../../__generated__/resolvers-types.js';

/** The quality-gate side of a project. */
export const Project: ProjectResolvers = {
  baselines: (project, _args, ctx) => ctx.gates.baselinesOf(project),
  viewerCanManageBaselines: (project, _args, ctx) => ctx.projects.viewerCan(project, 'baseline:manage', { change: true }),
};
