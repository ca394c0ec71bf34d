import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's projects. */
export const projects: QueryResolvers['projects'] = (_parent, { organizationId, ...page }, ctx) => ctx.projects.list(organizationId, page);
