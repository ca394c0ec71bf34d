import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';

/** The teams module's field of Organization. */
export const Organization: Pick<OrganizationResolvers, 'teams'> = {
  teams: (organization, _args, ctx) => ctx.teams.list(organization.id),
};
