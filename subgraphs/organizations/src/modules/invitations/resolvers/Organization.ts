import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';

/** The invitations module's field of Organization. */
export const Organization: Pick<OrganizationResolvers, 'invitations'> = {
  invitations: (organization, args, ctx) => ctx.invitations.list(organization.id, args),
};
