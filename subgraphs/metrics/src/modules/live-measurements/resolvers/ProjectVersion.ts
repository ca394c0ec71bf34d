import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';
import { organizationOfVersion } from '../../../references.js';

/** Live gate values of a project version; the gateway supplies its organization (`@requires`), batched per request. */
export const ProjectVersion: ProjectVersionResolvers = {
  liveMeasurements: (version, _args, ctx) => {
    const organizationId = organizationOfVersion(version);
    return organizationId ? ctx.loaders.liveMeasurements.load({ organizationId, versionId: version.id }) : null;
  },
};
