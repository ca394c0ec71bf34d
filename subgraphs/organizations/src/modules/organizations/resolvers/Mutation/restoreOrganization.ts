import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Restores a soft-deleted organization. */
export const restoreOrganization: MutationResolvers['restoreOrganization'] = (_parent, args, ctx) =>
  ctx.organizations.restore(args.organizationId, args.slug);
