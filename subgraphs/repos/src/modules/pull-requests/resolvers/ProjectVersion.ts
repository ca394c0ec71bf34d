import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';

/** Repos' part of a ProjectVersion: the pull requests of its source commit (the revision comes from projects through `@requires`). */
export const ProjectVersion: ProjectVersionResolvers = {
  __resolveReference: (reference) => reference,
  pullRequests: (version, args, ctx) => ctx.pullRequests.listForRevision(version.sourceRevision, args),
};
