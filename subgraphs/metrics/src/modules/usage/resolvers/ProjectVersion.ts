import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';
import { organizationOfVersion } from '../../../references.js';
import { loadUsageSummary } from '../usage.loaders.js';

/** Usage of a project version; the gateway supplies its organization (`@requires`), batched per request. */
export const ProjectVersion: ProjectVersionResolvers = {
  usage: (version, args, ctx) =>
    loadUsageSummary(ctx.loaders.usageSummary, { dimension: 'VERSION', id: version.id, organizationId: organizationOfVersion(version) }, args),
};
