import type { OrganizationResolvers } from '../../../__generated__/resolvers-types.js';

/** The API keys module's field of Organization. */
export const Organization: Pick<OrganizationResolvers, 'apiKeys'> = {
  apiKeys: (organization, args, ctx) => ctx.apiKeys.list(organization.id, args),
};
