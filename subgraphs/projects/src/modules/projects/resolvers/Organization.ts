import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';

/** Organizations adds the rest of the type; projects contributes the organization's projects. */
export const Organization: OrganizationResolvers = {
  __resolveReference: (reference) => ({ id: reference.id }),
  projects: (organization, args, ctx) => ctx.projects.listOrNull(organization.id, args),
};
