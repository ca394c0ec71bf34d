import type { ProjectResolvers } from '../../../__generated__/resolvers-types.js';

/** Usage of a project; the gateway supplies its organization (`@requires`), batched per request. */
export const Project: ProjectResolvers = {
  __resolveReference: (reference) => reference,
  usage: (project, args, ctx) => {
    const organizationId = project.organization?.id;
    if (!organizationId) return null;
    return ctx.loaders.usageSummary.load({ dimension: 'PROJECT', id: project.id, organizationId, from: args.from ? new Date(args.from) : null, to: args.to ? new Date(args.to) : null });
  },
};
