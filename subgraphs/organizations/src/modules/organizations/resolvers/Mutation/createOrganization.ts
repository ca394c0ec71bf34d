import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates an organization owned by the caller. */
export const createOrganization: MutationResolvers['createOrganization'] = (_parent, args, ctx) => ctx.organizations.create(args.input);
