import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Replaces a repository's webhook secret. */
export const rotateWebhookSecret: MutationResolvers['rotateWebhookSecret'] = (_parent, args, ctx) => ctx.repositories.rotateWebhookSecret(args.id);
