import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Creates an API key and returns its secret once. */
export const createApiKey: MutationResolvers['createApiKey'] = (_parent, args, ctx) => ctx.apiKeys.create(args.input);
