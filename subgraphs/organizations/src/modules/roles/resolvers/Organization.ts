import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';

/** The roles module's field of Organization. */
export const Organization: Pick<OrganizationResolvers, 'roles'> = {
  roles: (organization, _args, ctx) => ctx.roles.list(organization.id),
};
