import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';

/** Live gate values of a project version; the gateway supplies its organization (`@requires`), batched per request. */
export const ProjectVersion: ProjectVersionResolvers = {
  liveMeasurements: (version, _args, ctx) => {
    const organizationId = version.project?.organization?.id;
    if (!organizationId) return null;
    return ctx.loaders.liveMeasurements.load({ organizationId, versionId: version.id });
  },
};
