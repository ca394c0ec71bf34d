import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Revokes an API key. */
export const revokeApiKey: MutationResolvers['revokeApiKey'] = (_parent, args, ctx) => ctx.apiKeys.revoke(args.organizationId, args.apiKeyId);
