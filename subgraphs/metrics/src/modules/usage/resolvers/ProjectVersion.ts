import type { ProjectVersionResolvers } from '../../../__generated__/resolvers-types.js';

/** Usage of a project version; the gateway supplies its organization (`@requires`), batched per request. */
export const ProjectVersion: ProjectVersionResolvers = {
  __resolveReference: (reference) => reference,
  usage: (version, args, ctx) => {
    const organizationId = version.project?.organization?.id;
    if (!organizationId) return null;
    return ctx.loaders.usageSummary.load({ dimension: 'VERSION', id: version.id, organizationId, from: args.from ? new Date(args.from) : null, to: args.to ? new Date(args.to) : null });
  },
};
