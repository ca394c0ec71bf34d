import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';

/** The SSO module's field of Organization. */
export const Organization: Pick<OrganizationResolvers, 'ssoConnections'> = {
  ssoConnections: (organization, _args, ctx) => ctx.sso.list(organization.id),
};
