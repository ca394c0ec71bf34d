import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Changes a connected repository. */
export const updateRepository: MutationResolvers['updateRepository'] = (_parent, args, ctx) => ctx.repositories.update(args.input);
