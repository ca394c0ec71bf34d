import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Disconnects a repository, keeping its history. */
export const disconnectRepository: MutationResolvers['disconnectRepository'] = (_parent, args, ctx) => ctx.repositories.disconnect(args.id);
