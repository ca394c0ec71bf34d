import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';

/** The members module's field of Organization. */
export const Organization: Pick<OrganizationResolvers, 'members'> = {
  members: (organization, args, ctx) => ctx.members.list(organization.id, args),
};
