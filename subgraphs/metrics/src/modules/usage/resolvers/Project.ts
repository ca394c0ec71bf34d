import type { ProjectResolvers } from '../../../__generated__/resolvers-types.js';
import { organizationOfProject } from '../../../references.js';
import { loadUsageSummary } from '../usage.loaders.js';

/** Usage of a project; the gateway supplies its organization (`@requires`), batched per request. */
export const Project: ProjectResolvers = {
  usage: (project, args, ctx) =>
    loadUsageSummary(ctx.loaders.usageSummary, { dimension: 'PROJECT', id: project.id, organizationId: organizationOfProject(project) }, args),
};
