import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Connects a repository and shows its webhook secret once. */
export const connectRepository: MutationResolvers['connectRepository'] = (_parent, args, ctx) => ctx.repositories.connect(args.input);
