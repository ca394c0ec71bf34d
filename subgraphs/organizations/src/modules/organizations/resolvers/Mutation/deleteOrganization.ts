import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Soft-deletes an organization. */
export const deleteOrganization: MutationResolvers['deleteOrganization'] = (_parent, args, ctx) =>
  ctx.organizations.remove(args.organizationId);
