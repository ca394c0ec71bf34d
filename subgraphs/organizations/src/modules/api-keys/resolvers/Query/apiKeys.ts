import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** A page of an organization's API keys. */
export const apiKeys: QueryResolvers['apiKeys'] = (_parent, args, ctx) => ctx.apiKeys.list(args.organizationId, args);
