import type { QueryResolvers } from '../../../../__generated__/resolvers-types.js';

/** One webhook delivery by id (null when the caller may not see it). */
export const webhookDelivery: QueryResolvers['webhookDelivery'] = (_parent, args, ctx) => ctx.deliveries.byId(args.id);
