import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes an organization's name, slug, settings or seat limit. */
export const updateOrganization: MutationResolvers['updateOrganization'] = (_parent, args, ctx) => ctx.organizations.update(args.input);
