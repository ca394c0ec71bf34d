import type { MutationResolvers } from '../../../../__generated__/resolvers-types.js';

/** Processes a stored delivery again. */
export const redeliverWebhook: MutationResolvers['redeliverWebhook'] = (_parent, args, ctx) => ctx.deliveries.redeliver(args.id);
